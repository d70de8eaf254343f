package org.cyberbench.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Puts the steps of an ordering question in order with up and down buttons (keyboard and touch friendly). */
class OrderingField extends Div {

    private final List<String> order;
    private final Function<String, String> label;
    private final Consumer<List<String>> onChange;

    OrderingField(List<String> initialOrder, Function<String, String> label, Consumer<List<String>> onChange) {
        this.order = new ArrayList<>(initialOrder);
        this.label = label;
        this.onChange = onChange;
        addClassName("ordering");
        render();
    }

    List<String> getOrder() {
        return List.copyOf(order);
    }

    void setReadOnly(boolean readOnly) {
        getChildren().forEach(row -> row.getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).forEach(b -> b.setEnabled(!readOnly)));
    }

    private void render() {
        removeAll();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            Span text = new Span((i + 1) + ". " + label.apply(order.get(i)));
            text.addClassName("ordering-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
            up.setAriaLabel(getTranslation("quiz.moveUp"));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
            down.setAriaLabel(getTranslation("quiz.moveDown"));
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(text, up, down);
            row.addClassName("ordering-row");
            row.getElement().setAttribute("data-option", order.get(i));
            add(row);
        }
    }

    private void move(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= order.size()) {
            return;
        }
        String moved = order.remove(index);
        order.add(target, moved);
        render();
        onChange.accept(getOrder());
    }
}
