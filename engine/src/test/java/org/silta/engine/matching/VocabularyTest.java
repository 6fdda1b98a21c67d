package org.silta.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyConceptHasALabelInEveryOneOfTheNineLanguages() {
        assertThat(Languages.SUPPORTED).hasSize(9);
        assertThat(vocabulary.concepts()).allSatisfy(concept -> {
            assertThat(concept.labels().keySet()).as(concept.id()).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);
            concept.labels().forEach((language, labels) ->
                    assertThat(labels).as(concept.id() + " " + language).isNotEmpty().allSatisfy(label ->
                            assertThat(label).isNotBlank().isEqualTo(label.strip())));
        });
    }

    @Test
    void theSixSchemesAreAllLoaded() {
        var perScheme = vocabulary.concepts().stream().collect(Collectors.groupingBy(Concept::scheme, Collectors.counting()));

        assertThat(perScheme).containsOnlyKeys("sdg", "isced", "iscedf", "dac", "activity", "place");
        assertThat(perScheme.get("dac")).isEqualTo(19);
        assertThat(perScheme.get("sdg")).isEqualTo(10);
        assertThat(perScheme.get("isced")).isEqualTo(9);
        assertThat(perScheme.get("activity")).isBetween(30L, 60L);
        assertThat(vocabulary.concepts()).allSatisfy(c -> assertThat(c.id()).startsWith(c.scheme() + ":"));
    }

    @Test
    void cooperationActivitiesCarrySynonymsInEveryLanguage() {
        var activities = vocabulary.concepts().stream().filter(c -> c.scheme().equals("activity")).toList();

        assertThat(activities).allSatisfy(concept -> concept.labels().forEach((language, labels) ->
                assertThat(labels).as(concept.id() + " " + language).hasSizeGreaterThanOrEqualTo(4)));
    }

    @Test
    void ancestorsRunFromTheParentToTheTopAcrossSchemes() {
        assertThat(vocabulary.ancestors("activity:ict-teachers")).extracting(Concept::id)
                .containsExactly("activity:inset", "dac:11130", "dac:111");
        assertThat(vocabulary.ancestors("activity:ece-staff")).extracting(Concept::id)
                .containsExactly("iscedf:0112", "iscedf:011", "iscedf:01");
        assertThat(vocabulary.ancestors("iscedf:0113")).extracting(Concept::id).containsExactly("iscedf:011", "iscedf:01");
        assertThat(vocabulary.ancestors("activity:play-based-learning")).extracting(Concept::id).containsExactly("isced:0");
        assertThat(vocabulary.ancestors("iscedf:0913")).extracting(Concept::id).containsExactly("iscedf:091", "iscedf:09");
        assertThat(vocabulary.ancestors("place:kg")).extracting(Concept::id).containsExactly("place:central-asia");
        assertThat(vocabulary.ancestors("dac:111")).isEmpty();
        assertThat(vocabulary.ancestors("activity:no-such-thing")).isEmpty();
    }

    @Test
    void everyParentIsAConceptOfTheVocabulary() {
        assertThat(vocabulary.concepts()).filteredOn(c -> c.parentId() != null)
                .allSatisfy(c -> assertThat(vocabulary.concept(c.parentId())).as(c.id()).isPresent());
    }

    @Test
    void aLabelFallsBackToEnglishOnlyForALanguageWithoutOne() {
        var concept = vocabulary.concept("activity:emis").orElseThrow();

        assertThat(concept.label("fi")).isEqualTo("Koulutuksen tietojärjestelmät");
        assertThat(concept.label("de")).isEqualTo("Education management information systems");
    }
}
