package org.silta.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every interface string exists in every language, and every one is a valid ICU pattern. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "ru"})
    void everyKeyExistsInEveryLanguage(String language) throws IOException {
        var english = load("messages.properties");
        var translated = load("messages_" + language + ".properties");

        assertThat(keys(translated)).as("keys of messages_%s.properties", language).isEqualTo(keys(english));
        for (var key : keys(english)) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fi", "sv", "ru"})
    void everyMessageIsAValidIcuPatternWithTheSameArguments(String language) throws IOException {
        var english = load("messages.properties");
        var bundle = language.equals("en") ? english : load("messages_" + language + ".properties");
        for (var key : keys(bundle)) {
            var pattern = new MessageFormat(bundle.getProperty(key), new ULocale(language));
            var englishPattern = new MessageFormat(english.getProperty(key), ULocale.ENGLISH);
            assertThat(pattern.getArgumentNames()).as("arguments of %s in %s", key, language)
                    .isEqualTo(englishPattern.getArgumentNames());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 21})
    void russianPluralsFollowRussianRules(int count) throws IOException {
        var russian = load("messages_ru.properties");
        var text = new MessageFormat(russian.getProperty("common.minutes"), new ULocale("ru")).format(new Object[] {count});
        var expected = switch (count) {
            case 1, 21 -> "минута";
            case 3 -> "минуты";
            default -> "минут";
        };
        assertThat(text).isEqualTo(count + " " + expected);
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var stream = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
