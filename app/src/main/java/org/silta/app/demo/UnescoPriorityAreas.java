package org.silta.app.demo;

import java.math.BigDecimal;
import org.silta.app.identity.SignedIn;

/**
 * Case C's outcome: the actions the Dushanbe workshop's day 2 agreed in its three priority areas, with their
 * owners, held as the programme's action plan so their progress can be followed.
 */
final class UnescoPriorityAreas {

    private UnescoPriorityAreas() {
    }

    static void load(DemoResults results, SignedIn organiser) {
        var programme = results.programme("ICT in education 2030: Tajikistan", organiser);
        var plan = results.plans.create(programme.id(), "Priority areas and main activities for ICT and OER in education", "en",
                organiser);
        var resources = results.plans.addPackage(plan, "Provision of teaching and learning resources", BigDecimal.ONE, organiser);
        measure(results, organiser, resources, "Open educational resources repository for general education",
                "Republican Center for ICT in Education", "OER published in Tajik and Russian", "500", "120");
        measure(results, organiser, resources, "Open licence policy for state-funded textbooks",
                "Ministry of Education and Science of the Republic of Tajikistan", "Policy adopted", "1", "0");
        var competence = results.plans.addPackage(plan, "Educators' ICT competence development", BigDecimal.ONE, organiser);
        measure(results, organiser, competence, "ICT competence framework for teachers (UNESCO ICT CFT)",
                "Tajik State Pedagogical University", "Framework adapted", "1", "1");
        measure(results, organiser, competence, "In-service training of teacher trainers", "UNESCO Almaty Cluster Office",
                "Trainers trained", "60", "25");
        var emis = results.plans.addPackage(plan, "ICT-enhanced education management information systems (EMIS)",
                BigDecimal.ONE, organiser);
        measure(results, organiser, emis, "EMIS data standards with the National Testing Center", "National Testing Center",
                "Standards agreed", "1", "0");
    }

    private static void measure(DemoResults results, SignedIn organiser, long packageId, String title, String owner,
                                String indicator, String target, String progress) {
        var measure = results.plans.addMeasure(packageId, title, owner, indicator, new BigDecimal(target), BigDecimal.ONE,
                organiser);
        results.plans.recordProgress(measure, new BigDecimal(progress), organiser);
    }
}
