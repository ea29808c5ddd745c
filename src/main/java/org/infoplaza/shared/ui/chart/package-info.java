/**
 * Charts for the reporting dashboards and public pages: a server-side model ({@link
 * org.infoplaza.shared.ui.chart.ChartData}) and a component ({@link org.infoplaza.shared.ui.chart.Chart})
 * drawn by ECharts from its webjar, with the same numbers as an accessible table.
 */
package org.infoplaza.shared.ui.chart;
