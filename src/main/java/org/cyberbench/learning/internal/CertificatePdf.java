package org.cyberbench.learning.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cyberbench.learning.Certificate;
import org.cyberbench.shared.QrCodes;
import org.cyberbench.shared.i18n.Translations;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Draws a certificate as a one-page PDF with a QR code that opens its public verification page. */
public final class CertificatePdf {

    private static final Color INK = new Color(28, 39, 51);
    private static final Color ACCENT = new Color(29, 82, 164);

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate, String verificationUrl, Locale locale) {
        Locale language = Translations.supportedOrDefault(locale);
        ResourceBundle texts = ResourceBundle.getBundle(Translations.BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).withZone(ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.getString("certificate.pdf.title") + " " + certificate.code());
        document.open();
        document.add(centred(texts.getString("app.name"), new Font(Font.HELVETICA, 16, Font.BOLD, ACCENT), 4));
        document.add(centred(texts.getString("certificate.pdf.title"), new Font(Font.HELVETICA, 30, Font.BOLD, INK), 24));
        document.add(centred(texts.getString("certificate.pdf.certifies"), new Font(Font.HELVETICA, 13, Font.NORMAL, INK), 6));
        document.add(centred(certificate.holderName(), new Font(Font.HELVETICA, 24, Font.BOLD, INK), 6));
        document.add(centred(texts.getString("certificate.pdf.completed"), new Font(Font.HELVETICA, 13, Font.NORMAL, INK), 6));
        document.add(centred(certificate.courseTitle().get(language), new Font(Font.HELVETICA, 18, Font.BOLDITALIC, ACCENT), 18));
        Font small = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
        document.add(centred(field(texts, "certificate.issued", dates.format(certificate.issuedAt())) + "    "
                + field(texts, "certificate.expires", dates.format(certificate.expiresAt())), small, 4));
        if (certificate.institutionName() != null) {
            document.add(centred(field(texts, "certificate.institution", certificate.institutionName()), small, 4));
        }
        document.add(centred(field(texts, "certificate.code", certificate.code()),
                new Font(Font.COURIER, 12, Font.BOLD, INK), 8));
        Image qr = qrCode(verificationUrl);
        qr.setAlignment(Element.ALIGN_CENTER);
        qr.scaleAbsolute(110, 110);
        document.add(qr);
        document.add(centred(texts.getString("certificate.pdf.verify") + " " + verificationUrl, small, 0));
        document.close();
        return out.toByteArray();
    }

    /** "Label: value", with the spacing of the language (a space before the colon in French). */
    private static String field(ResourceBundle texts, String labelKey, String value) {
        return java.text.MessageFormat.format(texts.getString("certificate.pdf.field"), texts.getString(labelKey), value);
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    static Image qrCode(String url) {
        try {
            return Image.getInstance(QrCodes.png(url, 400));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
