/**
 * Helpers for the application's own Prometheus metrics; each module registers the gauges of what it owns.
 */
package org.infoplaza.shared.metrics;
