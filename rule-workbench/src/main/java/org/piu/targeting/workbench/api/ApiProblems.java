package org.piu.targeting.workbench.api;

import java.util.NoSuchElementException;
import org.piu.targeting.matching.watchlist.store.ImportFailedException;
import org.piu.targeting.matching.watchlist.store.WatchlistNotFoundException;
import org.piu.targeting.matching.watchlist.store.WatchlistUnavailableException;
import org.piu.targeting.messages.MessageFormatException;
import org.piu.targeting.repo.AssetNotFoundException;
import org.piu.targeting.repo.ConflictException;
import org.piu.targeting.repo.FourEyesViolationException;
import org.piu.targeting.repo.LifecycleViolationException;
import org.piu.targeting.repo.RulesRepositoryException;
import org.piu.targeting.repo.release.ReleaseRefusedException;
import org.piu.targeting.workbench.assessment.AdmissionControl;
import org.piu.targeting.workbench.rules.InvalidAssetException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every REST error as an RFC 9457 problem whose detail says what is wrong and where. Client mistakes are 4xx with
 * the position (JSON path and line/column, EDIFACT segment); only our own faults are 500.
 */
@RestControllerAdvice(basePackages = "org.piu.targeting.workbench")
public class ApiProblems extends ResponseEntityExceptionHandler {

    private final org.piu.targeting.workbench.security.RefusalAudit refusals;

    public ApiProblems(org.piu.targeting.workbench.security.RefusalAudit refusals) {
        this.refusals = refusals;
    }

    /**
     * A role that may not do what it tried (e.g. an author publishing, the pipeline editing a rule). Refusals on the
     * rules repository are part of its audit trail, like the four-eyes refusals the repository records itself.
     */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(
            org.springframework.security.access.AccessDeniedException e,
            jakarta.servlet.http.HttpServletRequest request,
            java.security.Principal user) {
        refusals.refused(request, user == null ? null : user.getName());
        return problem(
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "Your role may not call " + request.getMethod() + " " + request.getRequestURI());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(AssetNotFoundException.class)
    ProblemDetail assetNotFound(AssetNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** A stale base revision: the detail names who changed the asset and when; nothing was overwritten. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage());
        problem.setProperty("currentRevision", e.currentRevision());
        problem.setProperty("changedBy", e.changedBy());
        problem.setProperty("changedAt", String.valueOf(e.changedAt()));
        return problem;
    }

    @ExceptionHandler(FourEyesViolationException.class)
    ProblemDetail fourEyes(FourEyesViolationException e) {
        return problem(HttpStatus.FORBIDDEN, "Four-eyes principle", e.getMessage());
    }

    @ExceptionHandler(LifecycleViolationException.class)
    ProblemDetail lifecycle(LifecycleViolationException e) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the asset's current state", e.getMessage());
    }

    @ExceptionHandler(ReleaseRefusedException.class)
    ProblemDetail releaseRefused(ReleaseRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Release refused", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(InvalidAssetException.class)
    ProblemDetail invalidAsset(InvalidAssetException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid document", e.getMessage());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(RulesRepositoryException.class)
    ProblemDetail repository(RulesRepositoryException e) {
        return problem(HttpStatus.CONFLICT, "Rules repository refused the request", e.getMessage());
    }

    /** An EDIFACT message that cannot be read: where exactly (segment number and tag, line and column). */
    @ExceptionHandler(MessageFormatException.class)
    ProblemDetail unreadableMessage(MessageFormatException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable EDIFACT message", e.getMessage());
        problem.setProperty("segment", e.segmentIndex());
        problem.setProperty("tag", e.tag());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        return problem;
    }

    @ExceptionHandler(AdmissionControl.SaturatedException.class)
    ResponseEntity<ProblemDetail> saturated(AdmissionControl.SaturatedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many assessments in progress", e.getMessage()));
    }

    @ExceptionHandler(WatchlistNotFoundException.class)
    ProblemDetail watchlistNotFound(WatchlistNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No such watchlist", e.getMessage());
    }

    @ExceptionHandler(ImportFailedException.class)
    ProblemDetail importFailed(ImportFailedException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Watchlist import failed; the previous version keeps serving",
                e.getMessage());
    }

    @ExceptionHandler(WatchlistUnavailableException.class)
    ProblemDetail watchlistsUnavailable(WatchlistUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Watchlists unavailable", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body", describe(e)));
    }

    /** Jackson knows the JSON path and the line/column of the offending value: pass them on. */
    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException jackson) {
            return jackson.getOriginalMessage() + where(jackson);
        }
        Throwable root = e.getMostSpecificCause();
        return root.getMessage() == null ? "the request body could not be read" : root.getMessage();
    }

    /** " at <JSON path> (line L, column C)", as far as Jackson knows them. */
    public static String where(JacksonException jackson) {
        StringBuilder where = new StringBuilder();
        if (jackson instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            where.append(" at ").append(databind.getPathReference());
        }
        var location = jackson.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(" (line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr())
                    .append(')');
        }
        return where.toString();
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
