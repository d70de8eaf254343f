package org.cyberbench.tracking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.cyberbench.tracking.internal.Csv;

/** A titled table with its CSV download: the grid and the file show the same rows and headers. */
class TableSection extends Div {

    TableSection(String id, String title, List<String> headers, List<List<String>> rows, String emptyText) {
        addClassNames("card", "dashboard-section");
        setId("section-" + id);
        add(new H2(title));
        if (rows.isEmpty()) {
            add(new Paragraph(emptyText));
        } else {
            Grid<List<String>> grid = new Grid<>();
            for (int i = 0; i < headers.size(); i++) {
                int column = i;
                grid.addColumn(row -> row.get(column)).setHeader(headers.get(i)).setAutoWidth(true).setResizable(true);
            }
            grid.setItems(rows);
            grid.setAllRowsVisible(rows.size() <= 15);
            if (rows.size() > 15) {
                grid.setHeight("28rem");
            }
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setId("grid-" + id);
            add(grid);
        }
        byte[] csv = Csv.write(headers, rows);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(csv), id + ".csv",
                "text/csv; charset=UTF-8", csv.length)), getTranslation("dashboard.csv"));
        download.setId("csv-" + id);
        add(download);
    }
}
