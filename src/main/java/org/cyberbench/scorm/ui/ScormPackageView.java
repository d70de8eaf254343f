package org.cyberbench.scorm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberbench.identity.CurrentUser;
import org.cyberbench.scorm.Completion;
import org.cyberbench.scorm.LearnerProgress;
import org.cyberbench.scorm.ScormPackage;
import org.cyberbench.scorm.ScormPackages;
import org.cyberbench.scorm.ScormUpdates;
import org.cyberbench.scorm.Success;
import org.cyberbench.shared.i18n.Languages;
import org.cyberbench.shared.ui.Fact;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A SCORM package's page: what it is, where the learner stands, and the player. The player page
 * sits in a frame; while it is open every commit of the SCO updates the status line here (push), and
 * closing it lets the SCO finish and save before it goes.
 */
@Route("packages/:id")
@PermitAll
class ScormPackageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScormPackages packages;
    private final ScormUpdates updates;
    private final long me;
    private final Paragraph progress = new Paragraph();
    private final Button start = new Button();
    private final Button close = new Button();
    private final Div player = new Div();
    private ScormPackage pack;
    private Div about;
    private Registration listening;

    ScormPackageView(ScormPackages packages, ScormUpdates updates, CurrentUser currentUser) {
        this.packages = packages;
        this.updates = updates;
        this.me = currentUser.requireId();
        addClassName("course-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScormPackage> found = event.getRouteParameters().getLong("id").flatMap(packages::find);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        pack = found.get();
        removeAll();
        Div facts = new Div(new Fact(getTranslation("scorm.version"), "SCORM " + pack.edition()),
                new Fact(getTranslation("catalogue.language"), Languages.name(pack.language(), getLocale())),
                new Fact(getTranslation("catalogue.level"), getTranslation(pack.level().labelKey())));
        facts.addClassName("facts");
        progress.setId("scorm-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        start.setId("scorm-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> open());
        close.setId("scorm-close");
        close.setText(getTranslation("scorm.close"));
        close.addClickListener(e -> closePlayer());
        close.setVisible(false);
        player.setId("scorm-player-area");
        player.setWidthFull();
        Div actions = new Div(start, close);
        actions.addClassName("form-actions");
        about = new Div(new Paragraph(pack.summary()), facts);
        about.setWidthFull();
        add(new H1(pack.title()), about, progress, actions, player);
        showProgress();
    }

    private void open() {
        IFrame frame = new IFrame("scorm/player/" + pack.id());
        frame.setId("scorm-player");
        frame.getElement().setAttribute("title", pack.scoTitle());
        frame.setAllow("fullscreen; autoplay");
        frame.setWidthFull();
        // the package gets the screen: only its title, the status line and the close button stay above it
        frame.setHeight("calc(100vh - 14rem)");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("min-height", "24rem");
        player.removeAll();
        player.add(frame);
        about.setVisible(false);
        start.setVisible(false);
        close.setVisible(true);
    }

    /** Removing the frame unloads the SCO, which finishes and saves as it goes; the status follows by push. */
    private void closePlayer() {
        player.removeAll();
        about.setVisible(true);
        close.setVisible(false);
        start.setVisible(true);
        showProgress();
    }

    private void showProgress() {
        Optional<LearnerProgress> mine = packages.myProgress(pack.id());
        start.setText(getTranslation(mine.isEmpty() ? "scorm.start" : mine.get().resumable() ? "scorm.continue" : "scorm.startAgain"));
        progress.setText(mine.map(this::describe).orElse(getTranslation("scorm.notStarted")));
    }

    private String describe(LearnerProgress p) {
        List<String> parts = new ArrayList<>();
        if (p.everCompleted()) {
            parts.add(getTranslation("scorm.completedOn",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(p.completedAt().atZone(ZoneOffset.UTC))));
        }
        if (!p.everCompleted() || p.completion() != Completion.COMPLETED) {
            parts.add(getTranslation(p.completion().labelKey()));
        }
        if (p.success() != Success.UNKNOWN) {
            parts.add(getTranslation(p.success().labelKey()));
        }
        if (p.scorePercent() != null) {
            parts.add(getTranslation("scorm.score", p.scorePercent()));
        }
        parts.add(getTranslation("scorm.attempts", p.attempts()));
        return String.join(" · ", parts);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // the update may be shown by whichever thread holds the session next: it reads as this learner
        Runnable refresh = new DelegatingSecurityContextRunnable(this::showProgress, SecurityContextHolder.getContext());
        listening = updates.listen(saved -> {
            if (saved.userId() == me && pack != null && saved.packageId() == pack.id()) {
                ui.access(refresh::run);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            listening.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return pack == null ? getTranslation("scorm.admin.title") : pack.title();
    }
}
