package org.silta.app.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Charts of an event's figures as PNG pictures, for the page and the PDF. Categories of fewer than five
 * people are left out of the charts, as they are never shown as numbers.
 */
final class KpiCharts {

    private static final Font FONT = loadFont();

    private KpiCharts() {
    }

    static byte[] sessions(EventKpis kpis, String registered, String attended) {
        var chart = chart();
        var titles = kpis.sessions().stream().map(s -> shorten(s.title())).toList();
        if (titles.isEmpty()) {
            return null;
        }
        chart.addSeries(registered, titles, kpis.sessions().stream().map(EventKpis.SessionFigures::registered).toList());
        chart.addSeries(attended, titles, kpis.sessions().stream().map(EventKpis.SessionFigures::attended).toList());
        return png(chart);
    }

    static byte[] breakdown(EventKpis.Breakdown breakdown, String registered) {
        var shown = breakdown.cells().stream().filter(EventKpis.Cell::registeredShown).limit(12).toList();
        if (shown.isEmpty()) {
            return null;
        }
        var chart = chart();
        chart.addSeries(registered, shown.stream().map(cell -> shorten(cell.label())).toList(),
                shown.stream().map(EventKpis.Cell::registered).toList());
        return png(chart);
    }

    private static CategoryChart chart() {
        var chart = new CategoryChartBuilder().width(800).height(400).build();
        var styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(new Color[] {new Color(0x0b4f8a), new Color(0xc45c00)});
        styler.setLegendFont(FONT.deriveFont(14f));
        styler.setAxisTickLabelsFont(FONT.deriveFont(12f));
        styler.setAxisTitleFont(FONT.deriveFont(13f));
        styler.setChartTitleFont(FONT.deriveFont(15f));
        styler.setXAxisLabelRotation(20);
        styler.setLabelsVisible(true);
        styler.setLabelsFont(FONT.deriveFont(12f));
        return chart;
    }

    private static byte[] png(CategoryChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }

    private static Font loadFont() {
        try (var stream = ReportPdf.font("DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, stream);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the charts' font", e);
        }
    }
}
