package org.silta.app.identity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who uses Silta: their account, the languages they work in and the zone they live in. */
@Table("person")
public class Person {

    @Id
    private Long id;
    private String email;
    private String name;
    private String passwordHash;
    private String locale;
    private String timeZone;
    private List<String> workingLanguages;
    private boolean platformAdmin;
    private String calendarToken;
    private Instant createdAt;
    @Version
    private Long version;

    Person() {
    }

    Person(String email, String name, String passwordHash, String locale, String timeZone,
           List<String> workingLanguages, String calendarToken) {
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.timeZone = timeZone;
        this.workingLanguages = List.copyOf(workingLanguages);
        this.calendarToken = calendarToken;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    public List<String> workingLanguages() {
        return workingLanguages;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public String calendarToken() {
        return calendarToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    void changeProfile(String name, String locale, String timeZone, List<String> workingLanguages) {
        this.name = name;
        this.locale = locale;
        this.timeZone = timeZone;
        this.workingLanguages = List.copyOf(workingLanguages);
    }

    void changeLocale(String locale) {
        this.locale = locale;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void makePlatformAdmin() {
        this.platformAdmin = true;
    }
}
