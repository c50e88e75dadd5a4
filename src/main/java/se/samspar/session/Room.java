package se.samspar.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.samspar.base.AbstractEntity;

/** A room group sessions are held in. */
@Entity
@Table(name = "room")
public class Room extends AbstractEntity {

    public static final int NAME_MAX = 100;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
