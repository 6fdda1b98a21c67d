package org.silta.app.partnerships;

import java.util.ArrayList;
import java.util.List;
import org.silta.app.shared.Forms;
import org.silta.app.shared.Table;

/** An action plan as one sheet: a row per measure, with its package's weight and progress beside it. */
final class ActionPlanTable {

    private ActionPlanTable() {
    }

    static Table of(ActionPlan plan, Forms forms) {
        var headers = List.of(forms.text("plan.package"), forms.text("plan.package-weight"),
                forms.text("plan.package-progress-column"), forms.text("plan.measure"), forms.text("plan.owner"),
                forms.text("plan.indicator"), forms.text("plan.target"), forms.text("plan.progress-column"),
                forms.text("plan.share-column"), forms.text("plan.measure-weight"));
        var rows = new ArrayList<List<String>>();
        for (var actionPackage : plan.packages()) {
            var packageCells = List.of(actionPackage.title(), actionPackage.weight().toPlainString(),
                    String.valueOf(ActionPlan.percent(actionPackage.progress())));
            if (actionPackage.measures().isEmpty()) {
                var row = new ArrayList<>(packageCells);
                row.addAll(List.of("", "", "", "", "", "", ""));
                rows.add(row);
            }
            for (var measure : actionPackage.measures()) {
                var row = new ArrayList<>(packageCells);
                row.addAll(List.of(measure.title(), measure.owner() == null ? "" : measure.owner(),
                        measure.indicator() == null ? "" : measure.indicator(), measure.target().toPlainString(),
                        measure.progress().toPlainString(), String.valueOf(ActionPlan.percent(measure.progressShare())),
                        measure.weight().toPlainString()));
                rows.add(row);
            }
        }
        return new Table(plan.title(), headers, rows);
    }
}
