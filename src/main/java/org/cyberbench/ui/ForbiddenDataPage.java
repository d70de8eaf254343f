package org.cyberbench.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service refused data while a page was opening (another learner's page, another institution). */
@AnonymousAllowed
class ForbiddenDataPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.denied.title", "error.denied.message");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
