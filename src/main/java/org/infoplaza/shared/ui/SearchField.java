package org.infoplaza.shared.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search box above a grid: a magnifier, a clear button, and results that follow typing after a short
 * pause rather than on every key. Its placeholder is also what screen readers announce.
 */
public class SearchField extends TextField {

    public SearchField() {
        setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
    }

    @Override
    public void setPlaceholder(String placeholder) {
        super.setPlaceholder(placeholder);
        setAriaLabel(placeholder);
    }
}
