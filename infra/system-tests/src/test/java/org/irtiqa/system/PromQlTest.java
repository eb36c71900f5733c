package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric names MonitoringFilesTest checks are the ones the expressions select, and only those. */
class PromQlTest {

    @Test
    void findsTheSelectedMetricsAndNotFunctionsLabelsKeywordsOrDurations() {
        assertThat(PromQl.metricNames("""
                        (max by (service, group, topic) (irtiqa_consumer_lag_records) > 10000
                         or max by (service, group, topic) (irtiqa_consumer_lag_seconds{group!~"x|y"}) > 6e2)
                        unless on (group) label_replace(max(irtiqa_analytics_rebuild_running) == 1, "group", "a", "", "")"""))
                .containsExactly(
                        "irtiqa_analytics_rebuild_running",
                        "irtiqa_consumer_lag_records",
                        "irtiqa_consumer_lag_seconds");
        assertThat(PromQl.metricNames(
                        "sum by (service) (rate(http_server_requests_seconds_count{status=~\"5..\"}[$__rate_interval]))"
                                + " / ignoring(status) group_left sum without (pod) (up{job=\"irtiqa\"}) offset 5m"))
                .containsExactly("http_server_requests_seconds_count", "up");
        assertThat(PromQl.metricNames("absent(up{job=\"irtiqa\", service=\"analytics-service\"}) or vector(0)"))
                .containsExactly("up");
    }
}
