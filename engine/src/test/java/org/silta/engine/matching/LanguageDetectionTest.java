package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private final java.util.List<String[]> samples = TestRows.read("language-samples.tsv");

    @Test
    void everyEverydaySentenceIsTakenForItsOwnLanguage() {
        var languages = samples.stream().map(row -> row[0]).collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);

        assertThat(samples).allSatisfy(row -> assertThat(Languages.detect(row[1])).as(row[1]).isEqualTo(row[0]));
    }

    @Test
    void uzbekInCyrillicIsUzbekAndNotKazakhKyrgyzOrRussian() {
        assertThat(Languages.detect("Ўқитувчилар малакасини ошириш бўйича ҳамкор керак")).isEqualTo("uz");
        assertThat(Languages.detect("Мұғалімдердің біліктілігін арттыру бойынша серіктес керек")).isEqualTo("kk");
        assertThat(Languages.detect("Мугалимдердин квалификациясын жогорулатуу боюнча өнөктөш керек")).isEqualTo("ky");
        assertThat(Languages.detect("Нужен партнёр по повышению квалификации учителей")).isEqualTo("ru");
        assertThat(Languages.detect("Барои такмили ихтисоси муаллимон шарик лозим аст")).isEqualTo("tg");
    }

    @Test
    void textWithoutLettersOfAKnownScriptIsUndetermined() {
        assertThat(Languages.detect("2024 – 2026 / 15 %")).isEqualTo("und");
        assertThat(Languages.detect("")).isEqualTo("und");
    }
}
