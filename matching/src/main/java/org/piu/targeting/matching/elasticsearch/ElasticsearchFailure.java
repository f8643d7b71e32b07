package org.piu.targeting.matching.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

/**
 * Says in a few words why an Elasticsearch call failed, for the reason of a DEGRADED screening or of a refused
 * watchlist change: the screener and the watchlist store both describe failures this way.
 */
public final class ElasticsearchFailure {

    private ElasticsearchFailure() {}

    /** "unreachable (Connection refused)", "timed out after …", or the error reason. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof ConnectException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof ConnectException || e instanceof ConnectException) {
            return "unreachable (" + root.getMessage() + ")";
        }
        if (e instanceof ElasticsearchException ee) {
            if (ee.status() == 404
                    && "index_not_found_exception".equals(ee.error().type())) {
                return "has no such index: " + ee.error().reason();
            }
            return "error " + ee.status() + ": " + ee.error().reason();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("timed out") || root instanceof SocketTimeoutException) {
            return "timed out (" + m + ")";
        }
        return "failed (" + m + ")";
    }
}
