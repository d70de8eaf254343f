package org.cyberbench.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cyberbench.course.CourseCatalog;
import org.cyberbench.learning.EnrolmentSummary;
import org.cyberbench.learning.LearningService;

/** "Continue where I left off": forwards to the lesson last opened, or the next step not done. */
@Route("continue/:enrolment")
@PermitAll
class ContinueView extends Div implements BeforeEnterObserver {

    private final CourseCatalog catalog;
    private final LearningService learning;

    ContinueView(CourseCatalog catalog, LearningService learning) {
        this.catalog = catalog;
        this.learning = learning;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrolmentId = event.getRouteParameters().getLong("enrolment").orElseThrow(NotFoundException::new);
        EnrolmentSummary enrolment = learning.enrolment(enrolmentId);
        event.forwardTo(LearnRoutes.next(enrolment, catalog.outline(enrolment.courseVersionId()), learning.progress(enrolmentId)));
    }
}
