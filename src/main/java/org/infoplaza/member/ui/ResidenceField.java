package org.infoplaza.member.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.DistrictOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.centre.ProvinceOption;

/**
 * Where a member lives: province or comarca, then district, then corregimiento, each a combo box that
 * filters as one types (Tab moves on, arrows and Enter pick). Only corregimientos valid today are offered;
 * a member who already lives in a retired one keeps it, marked as such. The value is the district and
 * the corregimiento.
 */
class ResidenceField extends CustomField<ResidenceField.Residence> {

    /** The chosen district (municipality) and corregimiento; either may be empty. */
    record Residence(Long municipalityId, Long corregimientoId) {

        static final Residence NONE = new Residence(null, null);
    }

    final ComboBox<ProvinceOption> province = new ComboBox<>();
    final ComboBox<DistrictOption> district = new ComboBox<>();
    final ComboBox<CorregimientoOption> corregimiento = new ComboBox<>();

    private final GeographyService geography;
    private boolean updating;

    ResidenceField(GeographyService geography) {
        this.geography = geography;
        addClassName("residence-field");
        province.setLabel(getTranslation("member.province"));
        province.setItems(geography.provinces());
        province.setItemLabelGenerator(ProvinceOption::name);
        district.setLabel(getTranslation("member.district"));
        district.setItemLabelGenerator(DistrictOption::name);
        district.setEnabled(false);
        corregimiento.setLabel(getTranslation("member.corregimiento"));
        corregimiento.setItemLabelGenerator(c -> c.current() ? c.name()
                : getTranslation("member.corregimiento.retired", c.name()));
        corregimiento.setEnabled(false);
        province.addValueChangeListener(e -> {
            if (!updating) {
                showDistricts(e.getValue());
                updateValue();
            }
        });
        district.addValueChangeListener(e -> {
            if (!updating) {
                showCorregimientos(e.getValue(), null);
                updateValue();
            }
        });
        corregimiento.addValueChangeListener(e -> {
            if (!updating) {
                updateValue();
            }
        });
        HorizontalLayout layout = new HorizontalLayout(province, district, corregimiento);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(layout);
    }

    /** Starts at the centre's district, where most members live, unless a residence is already chosen. */
    void defaultToCentre(long centreId) {
        if (getValue() != null && getValue().municipalityId() != null) {
            return;
        }
        geography.districtOfCentre(centreId).ifPresent(d -> setValue(new Residence(d.id(), null)));
    }

    @Override
    public Residence getEmptyValue() {
        return Residence.NONE;
    }

    @Override
    protected Residence generateModelValue() {
        return new Residence(district.getValue() == null ? null : district.getValue().id(),
                corregimiento.getValue() == null ? null : corregimiento.getValue().id());
    }

    @Override
    protected void setPresentationValue(Residence residence) {
        updating = true;
        try {
            DistrictOption chosen = residence == null || residence.municipalityId() == null ? null
                    : geography.district(residence.municipalityId()).orElse(null);
            if (chosen == null) {
                province.clear();
                showDistricts(null);
                return;
            }
            province.setValue(province.getListDataView().getItems()
                    .filter(p -> p.id() == chosen.provinceId()).findFirst().orElse(null));
            showDistricts(province.getValue());
            district.setValue(chosen);
            showCorregimientos(chosen, residence.corregimientoId());
        } finally {
            updating = false;
        }
    }

    private void showDistricts(ProvinceOption chosen) {
        district.clear();
        district.setItems(chosen == null ? List.of() : geography.districts(chosen.id()));
        district.setEnabled(chosen != null);
        showCorregimientos(null, null);
    }

    private void showCorregimientos(DistrictOption chosen, Long keepId) {
        corregimiento.clear();
        List<CorregimientoOption> offered = new ArrayList<>();
        if (chosen != null) {
            offered.addAll(geography.currentCorregimientos(chosen.id()));
            if (keepId != null && offered.stream().noneMatch(c -> c.id() == keepId)) {
                geography.corregimiento(keepId).ifPresent(offered::add);
            }
        }
        corregimiento.setItems(offered);
        corregimiento.setEnabled(chosen != null);
        if (keepId != null) {
            corregimiento.setValue(offered.stream().filter(c -> Objects.equals(c.id(), keepId)).findFirst().orElse(null));
        }
    }
}
