package org.silta.app.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.silta.app.shared.Invalid;
import org.springframework.beans.factory.ObjectProvider;
import org.silta.app.shared.Languages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's accounts: sign-up, profile, password, and the right to see and erase what Silta holds. */
@Service
public class Accounts {

    static final int MIN_PASSWORD = 10;

    private final People people;
    private final PasswordEncoder passwords;
    private final ObjectProvider<PersonalDataHolder> holders;

    Accounts(People people, PasswordEncoder passwords, ObjectProvider<PersonalDataHolder> holders) {
        this.people = people;
        this.passwords = passwords;
        this.holders = holders;
    }

    public record SignUp(String email, String name, String password, String locale, String timeZone,
                         List<String> workingLanguages) {
    }

    public record Profile(String name, String locale, String timeZone, List<String> workingLanguages) {
    }

    @Transactional
    public Person signUp(SignUp form) {
        var problems = new Invalid.Collector()
                .email("email", form.email())
                .text("name", form.name(), true, 200)
                .zone("timeZone", form.timeZone());
        checkPassword(problems, form.password());
        checkProfile(problems, form.locale(), form.workingLanguages());
        if (!problems.has("email") && people.findByEmail(normalise(form.email())).isPresent()) {
            problems.add("email", "invalid.email-taken");
        }
        problems.throwIfAny();
        return people.save(new Person(normalise(form.email()), form.name().strip(),
                passwords.encode(form.password()), form.locale(), form.timeZone(), form.workingLanguages(), newToken()));
    }

    /**
     * Adds someone without a password, as an import of an existing participant list does; they
     * claim the account by choosing a password through the forgotten-password link.
     */
    @Transactional
    public Person enrol(String email, String name, String locale, String timeZone, List<String> workingLanguages) {
        var problems = new Invalid.Collector()
                .email("email", email)
                .text("name", name, true, 200)
                .zone("timeZone", timeZone);
        checkProfile(problems, locale, workingLanguages);
        if (!problems.has("email") && people.findByEmail(normalise(email)).isPresent()) {
            problems.add("email", "invalid.email-taken");
        }
        problems.throwIfAny();
        return people.save(new Person(normalise(email), name.strip(), null, locale, timeZone, workingLanguages, newToken()));
    }

    @Transactional
    public Person updateProfile(long personId, Profile profile) {
        var problems = new Invalid.Collector()
                .text("name", profile.name(), true, 200)
                .zone("timeZone", profile.timeZone());
        checkProfile(problems, profile.locale(), profile.workingLanguages());
        problems.throwIfAny();
        var person = get(personId);
        person.changeProfile(profile.name().strip(), profile.locale(), profile.timeZone(), profile.workingLanguages());
        return people.save(person);
    }

    @Transactional
    public void changeLocale(long personId, Locale locale) {
        var person = get(personId);
        if (Languages.INTERFACE.contains(locale.getLanguage()) && !locale.getLanguage().equals(person.locale())) {
            person.changeLocale(locale.getLanguage());
            people.save(person);
        }
    }

    @Transactional
    public void changePassword(long personId, String current, String next) {
        var person = get(personId);
        var problems = new Invalid.Collector()
                .check(person.hasPassword() && passwords.matches(current == null ? "" : current, person.passwordHash()),
                        "currentPassword", "invalid.password-wrong");
        checkPassword(problems, next);
        problems.throwIfAny();
        person.changePasswordHash(passwords.encode(next));
        people.save(person);
    }

    void setPassword(Person person, String password) {
        var problems = new Invalid.Collector();
        checkPassword(problems, password);
        problems.throwIfAny();
        person.changePasswordHash(passwords.encode(password));
        people.save(person);
    }

    @Transactional
    public void makePlatformAdmin(long personId) {
        var person = get(personId);
        person.makePlatformAdmin();
        people.save(person);
    }

    public Person get(long personId) {
        return people.findById(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
    }

    public Optional<Person> find(long personId) {
        return people.findById(personId);
    }

    public Optional<Person> byEmail(String email) {
        return email == null ? Optional.empty() : people.findByEmail(normalise(email));
    }

    public Optional<Person> byCalendarToken(String token) {
        return people.findByCalendarToken(token);
    }

    public Map<Long, Person> all(Collection<Long> ids) {
        var result = new HashMap<Long, Person>();
        people.findAllById(ids).forEach(person -> result.put(person.id(), person));
        return result;
    }

    /** Everything Silta holds about the person, section by section. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(long personId) {
        var person = get(personId);
        var data = new LinkedHashMap<String, Object>();
        var account = new LinkedHashMap<String, Object>();
        account.put("email", person.email());
        account.put("name", person.name());
        account.put("locale", person.locale());
        account.put("timeZone", person.timeZone());
        account.put("workingLanguages", person.workingLanguages());
        account.put("createdAt", person.createdAt().toString());
        data.put("account", account);
        holders.orderedStream().forEach(holder -> data.put(holder.section(), holder.export(personId)));
        return data;
    }

    /** Erases the account; every holder anonymises what it keeps first, so counts stay right. */
    @Transactional
    public void erase(long personId) {
        var person = get(personId);
        holders.orderedStream().forEach(holder -> holder.erase(personId));
        people.delete(person);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String newToken() {
        return Tokens.next();
    }

    private static void checkPassword(Invalid.Collector problems, String password) {
        if (password == null || password.isEmpty()) {
            problems.add("password", "invalid.required");
        } else {
            problems.check(password.length() >= MIN_PASSWORD, "password", "invalid.password-short", MIN_PASSWORD)
                    .check(password.length() <= 200, "password", "invalid.too-long", 200);
        }
    }

    private static void checkProfile(Invalid.Collector problems, String locale, List<String> workingLanguages) {
        problems.check(Languages.INTERFACE.contains(locale), "locale", "invalid.language", locale);
        workingLanguages.forEach(language ->
                problems.check(Languages.isContentLanguage(language), "workingLanguages", "invalid.language", language));
    }
}
