package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    private String first(String typed) {
        return vocabulary.suggest(typed, 5).getFirst().id();
    }

    @Test
    void whatIsTypedInAnyLanguageFindsItsConcept() {
        assertThat(first("täydennysk")).isEqualTo("activity:inset");
        assertThat(first("oppikirj")).isEqualTo("activity:learning-materials");
        assertThat(first("учебник")).isEqualTo("activity:learning-materials");
        assertThat(first("darslik")).isEqualTo("activity:learning-materials");
        assertThat(first("교과서")).isEqualTo("activity:learning-materials");
        assertThat(first("тәрбиеші")).isEqualTo("activity:ece-staff");
        assertThat(first("киберспорт")).isEqualTo("activity:esports");
        assertThat(first("EMIS")).isEqualTo("activity:emis");
    }

    @Test
    void anotherScriptFindsTheSameConcept() {
        assertThat(first("дарслик")).isEqualTo("activity:learning-materials");
        assertThat(first("uchebnik")).isEqualTo("activity:learning-materials");
        assertThat(first("gyogwaseo")).isEqualTo("activity:learning-materials");
        assertThat(first("ўқитувчилар малака")).isEqualTo("activity:inset");
        assertThat(first("oʻqituvchilar malakasini")).isEqualTo("activity:inset");
    }

    @Test
    void labelsThatStartWithTheTextComeBeforeLabelsThatOnlyContainIt() {
        var suggestions = vocabulary.suggest("open", 10);

        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.getFirst().labels().values().stream().flatMap(java.util.List::stream)
                .anyMatch(label -> label.toLowerCase(java.util.Locale.ROOT).startsWith("open"))).isTrue();
    }

    @Test
    void nothingTypedOrNoRoomSuggestsNothing() {
        assertThat(vocabulary.suggest("   ", 5)).isEmpty();
        assertThat(vocabulary.suggest("opettaja", 0)).isEmpty();
        assertThat(vocabulary.suggest("opettaja", 2)).hasSizeLessThanOrEqualTo(2);
    }
}
