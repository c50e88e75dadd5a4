package se.samspar.scale;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --samspar.generate=forbund|national [--samspar.generate.seed=42]}: fills the database with
 * the synthetic population of that size, prints what it made and how long it took, and stops.
 * For measuring only: never against a förbund's database.
 */
@Component
@ConditionalOnProperty("samspar.generate")
class ScaleCommand implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String size;
    private final long seed;
    private final ConfigurableApplicationContext context;

    ScaleCommand(JdbcTemplate jdbc, Clock clock, @Value("${samspar.generate}") String size,
                 @Value("${samspar.generate.seed:42}") long seed, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.size = size;
        this.seed = seed;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        DataGenerator.Result result = new DataGenerator(jdbc, LocalDate.now(clock)).generate(DataGenerator.Size.named(size), seed);
        System.out.println("Generated (" + size + ", seed " + seed + "): " + result);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
