package se.samspar.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The security headers on the error pages Tomcat writes itself: a request Tomcat cannot parse (a
 * malformed request line, an invalid character in the address or a header) is answered with a 400
 * before any filter runs, so {@link SecurityHeadersFilter} never sees it. Tomcat's error report
 * valve writes those pages; this one sets the headers first. It replaces the valve Spring Boot
 * installs (which shows neither the report nor the server's version, and neither does this one).
 */
@Component
class ErrorPageHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new HeaderedErrorReportValve());
                // The host adds a valve of this class only if it has none.
                host.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, whose valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error page, without report or server version, with the app's security headers. */
    static final class HeaderedErrorReportValve extends ErrorReportValve {

        HeaderedErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeadersFilter.set(response, false, request.isSecure());
            }
            super.report(request, response, throwable);
        }
    }
}
