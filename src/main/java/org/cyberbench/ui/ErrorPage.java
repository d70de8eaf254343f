package org.cyberbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Shared look of the error pages: a plain sentence and a way back, never a stack trace. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String titleKey, String messageKey) {
        removeAll();
        addClassName("error-page");
        H1 title = new H1(getTranslation(titleKey));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation(messageKey)), new Anchor("", getTranslation("app.backHome")));
    }
}
