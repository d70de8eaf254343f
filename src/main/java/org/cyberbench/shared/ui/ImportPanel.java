package org.cyberbench.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.cyberbench.shared.FileProblem;
import org.cyberbench.shared.RefusedImportException;
import org.cyberbench.shared.UserFacingException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs an import in the background with a progress bar (updates arrive by server push), then says
 * how it ended: a summary, or every problem with file, line and reason when it was refused.
 */
public class ImportPanel extends Div {

    /** The import itself: reports progress from 0 to 1 and returns a summary. */
    public interface Work {
        String run(DoubleConsumer progress);
    }

    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Grid<FileProblem> problems = new Grid<>();

    public ImportPanel(String idPrefix) {
        progress.setVisible(false);
        progress.setId(idPrefix + "-progress");
        status.setId(idPrefix + "-status");
        problems.setId(idPrefix + "-problems");
        problems.addColumn(FileProblem::file).setHeader(getTranslation("content.file")).setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader(getTranslation("content.line")).setAutoWidth(true);
        problems.addColumn(FileProblem::reason).setHeader(getTranslation("content.reason")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        add(progress, status, problems);
    }

    /** Starts the work on a virtual thread as the current user; {@code whenDone} runs in the UI afterwards. */
    public void start(Work work, Runnable whenDone) {
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        problems.setVisible(false);
        status.setText(getTranslation("content.running"));
        Runnable task = () -> {
            try {
                String summary = work.run(fraction -> ui.access(() -> progress.setValue(fraction)));
                ui.access(() -> finish(getTranslation("content.done", summary), List.of(), whenDone));
            } catch (RefusedImportException e) {
                ui.access(() -> finish(getTranslation("content.refused", e.problems().size()), e.problems(), whenDone));
            } catch (UserFacingException e) {
                ui.access(() -> finish(getTranslation(e.messageKey(), e.arguments()), List.of(), whenDone));
            } catch (RuntimeException e) {
                ui.access(() -> finish(getTranslation("error.unexpected"), List.of(), whenDone));
                throw e;
            }
        };
        Thread.ofVirtual().name("import").start(new DelegatingSecurityContextRunnable(task));
    }

    /** Forgets how the last import ended (a new one is being prepared). */
    public void clear() {
        progress.setVisible(false);
        status.setText("");
        problems.setVisible(false);
    }

    private void finish(String message, List<FileProblem> found, Runnable whenDone) {
        progress.setVisible(false);
        status.setText(message);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        whenDone.run();
    }
}
