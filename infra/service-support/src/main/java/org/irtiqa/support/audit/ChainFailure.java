package org.irtiqa.support.audit;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Carries the filter chain's checked exception out of a transaction callback (which takes only
 * unchecked ones), so that the audit filter can roll back, record a 500 and rethrow it as it was.
 */
final class ChainFailure extends RuntimeException {

    ChainFailure(Exception cause) {
        super(cause);
    }

    void rethrow() throws IOException, ServletException {
        if (getCause() instanceof IOException io) {
            throw io;
        }
        throw (ServletException) getCause();
    }
}
