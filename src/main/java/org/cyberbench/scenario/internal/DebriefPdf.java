package org.cyberbench.scenario.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cyberbench.scenario.ScenarioDefinition;
import org.cyberbench.scenario.ScenarioEngine.DecisionOutcome;
import org.cyberbench.scenario.ScenarioDebriefs.TeamDebrief;
import org.cyberbench.shared.i18n.Translations;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A team's debrief as PDF: who played, each decision against the recommended one with the law, the debrief points. */
public final class DebriefPdf {

    private static final Color INK = new Color(28, 39, 51);
    private static final Color ACCENT = new Color(29, 82, 164);

    private DebriefPdf() {
    }

    /** The debrief as a PDF; times are shown in {@code zone}, the reader's. */
    public static byte[] render(TeamDebrief debrief, Locale locale, ZoneId zone) {
        Locale language = Translations.supportedOrDefault(locale);
        String lang = language.getLanguage();
        ResourceBundle texts = ResourceBundle.getBundle(Translations.BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ScenarioDefinition scenario = debrief.run().scenario();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD, ACCENT);
        Font heading = new Font(Font.HELVETICA, 12, Font.BOLD, INK);
        Font body = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
        Font bold = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(new Chunk(scenario.title().get(lang), title)));
        document.add(new Paragraph(java.text.MessageFormat.format(texts.getString("debrief.pdf.team"), debrief.teamName(),
                debrief.run().code()), heading));
        StringBuilder members = new StringBuilder();
        debrief.members().forEach(m -> members.append(m.name()).append(" (").append(roleTitle(scenario, m.role(), lang)).append(")  "));
        document.add(new Paragraph(members.toString(), body));
        document.add(new Paragraph(java.text.MessageFormat.format(texts.getString("run.score"), debrief.score().points(),
                debrief.score().maximum()), heading));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.2f, 2.2f, 3.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String header : new String[] {"debrief.pdf.decision", "debrief.pdf.chosen", "debrief.pdf.recommended", "debrief.pdf.feedback"}) {
            PdfPCell cell = new PdfPCell(new Paragraph(texts.getString(header), bold));
            cell.setBackgroundColor(new Color(235, 240, 247));
            table.addCell(cell);
        }
        for (DecisionOutcome outcome : debrief.score().decisions()) {
            var decision = outcome.decision();
            var when = debrief.decidedAt().get(decision.id());
            table.addCell(new Paragraph(roleTitle(scenario, decision.role(), lang) + ": " + decision.question().get(lang)
                    + (when == null ? "" : " (" + time.format(when) + ")"), body));
            String chosen = outcome.chosen() == null ? texts.getString("debrief.pdf.none")
                    : outcome.chosen().text().get(lang) + " — " + outcome.chosen().consequence().get(lang)
                            + outcome.choice().map(c -> c.justification() == null ? "" : " «" + c.justification() + "»").orElse("");
            table.addCell(new Paragraph(chosen, body));
            table.addCell(new Paragraph(outcome.recommended().text().get(lang) + " [" + outcome.recommended().reference() + "]", body));
            var explained = outcome.chosen() == null ? outcome.recommended() : outcome.chosen();
            table.addCell(new Paragraph(explained.feedback().get(lang) + " [" + explained.reference() + "]", body));
        }
        document.add(table);
        document.add(new Paragraph(texts.getString("run.debrief"), heading));
        scenario.debrief().forEach(point -> document.add(new Paragraph("• " + point.text().get(lang) + " [" + point.reference() + "]", body)));
        document.close();
        return out.toByteArray();
    }

    private static String roleTitle(ScenarioDefinition scenario, String role, String lang) {
        return scenario.roles().stream().filter(r -> r.id().equals(role)).findFirst().map(r -> r.title().get(lang))
                .orElse(role == null ? "—" : role);
    }
}
