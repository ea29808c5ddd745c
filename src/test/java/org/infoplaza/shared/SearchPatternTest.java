package org.infoplaza.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchPatternTest {

    @Test
    void wildcards_typed_by_people_are_matched_literally() {
        assertThat(SearchPattern.contains(" 100% ")).isEqualTo("%100\\%%");
        assertThat(SearchPattern.contains("PC_0")).isEqualTo("%PC\\_0%");
        assertThat(SearchPattern.contains("a\\b")).isEqualTo("%a\\\\b%");
        assertThat(SearchPattern.contains(null)).isEqualTo("%%");
    }
}
