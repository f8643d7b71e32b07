package org.piu.targeting.workbench.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.piu.targeting.engine.rule.RuleDocumentException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every REST error as an RFC 9457 problem ({@code application/problem+json}) whose detail says what is wrong and
 * where, in the caller's words, never with a Java class name. A caller's mistake is 4xx with the position (JSON path,
 * line and column; EDIFACT segment); only our own faults are 500, and each of those is logged with a stack trace
 * under an error id that the answer quotes. This is the one place that maps errors to problems: the security chain
 * (401/403, with the refusal audited) and the API's servlet filters write the documents this class builds
 * ({@link #problem}, {@link #write}, {@link #fault}).
 *
 * <p>The advice applies to every handler, not only the workbench's controllers: a wrong method (405) or content type
 * (415) fails before any controller is chosen, and would otherwise fall through to the servlet container's error page.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /**
     * A feature's own error (an invalid rule document, a caller's mistake, a saturated assessment service): it carries
     * its status, title and extra members.
     */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> feature(ProblemException e) {
        ProblemDetail problem = problem(e.status(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).headers(e.headers()).body(problem);
    }

    /**
     * A rule, list or scenario the caller sent that cannot be read (where it is not answered as a problem of the
     * document, as a save does): what is wrong, at which path, line and column.
     */
    @ExceptionHandler(RuleDocumentException.class)
    ProblemDetail unreadableDocument(RuleDocumentException e) {
        UnreadableDocument unreadable = UnreadableDocument.of(e);
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "Unreadable document", unreadable.detail("the document cannot be read"));
        InvalidRequestException.where(unreadable).forEach(problem::setProperty);
        return problem;
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

    /**
     * A refusal by method security ({@code @RolesAllowed}) goes on to the security chain, which answers 403 and has it
     * audited like a refusal by the URL rules.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void refused(RuntimeException e) {
        throw e;
    }

    /**
     * Anything else is our fault, whatever its type: an {@link IllegalArgumentException} or an empty
     * {@code Optional.get()} in our code is a bug, not a bad request. 500, logged with an id the answer quotes.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, NativeWebRequest request) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        String where = servlet == null ? "a request" : servlet.getMethod() + " " + servlet.getRequestURI();
        return ResponseEntity.internalServerError().contentType(PROBLEM_JSON).body(fault(where, e));
    }

    /**
     * A request body that cannot be read: empty, not JSON, or a value of the wrong kind somewhere inside. The detail
     * names the JSON path, line and column, what was expected and what came.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = jacksonCause(e);
        ProblemDetail problem;
        if (jackson != null) {
            UnreadableDocument unreadable = UnreadableDocument.of(jackson);
            problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", unreadable.detail("the request body"));
            InvalidRequestException.where(unreadable).forEach(problem::setProperty);
        } else if (String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", emptyBody(request));
            problem.setProperty("path", "");
        } else {
            problem = problem(
                    HttpStatus.BAD_REQUEST,
                    "Unreadable request body",
                    "the request body cannot be read: "
                            + UnreadableDocument.plain(e.getMostSpecificCause().getMessage())
                                    .orElse("send it as UTF-8 in the documented format (/v3/api-docs)"));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body Jackson read as {@code null}: sent empty, or as the JSON literal {@code null}. */
    private static String emptyBody(WebRequest request) {
        HttpServletRequest servlet =
                request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        boolean sent = servlet != null && servlet.getContentLengthLong() > 0;
        return sent
                ? "the request body is JSON null: send the JSON object this endpoint documents (/v3/api-docs)"
                : "the request body is empty: send the JSON object this endpoint documents (/v3/api-docs)";
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** Bean Validation of a request body ({@code @Valid}): every field that is wrong, by its path. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, invalid(fieldProblems(e.getBindingResult())), headers, status, request);
    }

    /** Method validation (constraints on a parameter, or on a body when other parameters have some). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                problems.addAll(fieldProblems(errors));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors()
                        .forEach(error -> problems.add(fieldProblem(String.valueOf(name), message(error))));
            }
        });
        return handleExceptionInternal(e, invalid(problems), headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalid(List<Map<String, String>> problems) {
        String listed = problems.stream()
                .map(p -> (p.get("path").isEmpty() ? "the request body" : p.get("path")) + " " + p.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "invalid request: " + listed);
        problem.setProperty("problems", problems);
        return problem;
    }

    private static List<Map<String, String>> fieldProblems(Errors result) {
        List<Map<String, String>> problems = new ArrayList<>();
        result.getFieldErrors().forEach(error -> problems.add(fieldProblem(error.getField(), message(error))));
        result.getGlobalErrors().forEach(error -> problems.add(fieldProblem("", message(error))));
        problems.sort((a, b) -> a.get("path").compareTo(b.get("path")));
        return problems;
    }

    private static Map<String, String> fieldProblem(String path, String message) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("path", path);
        problem.put("message", message);
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return "has a value of the wrong kind";
        }
        return message;
    }

    /** An unknown path under /api/ has its own answer ({@link UnknownApiPaths}); this is any other missing resource. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.NOT_FOUND, "Not found", "nothing at " + e.getHttpMethod() + " /" + e.getResourcePath());
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        String detail = e.getMethod() + " is not allowed on " + path(request)
                + (allowed == null || allowed.isEmpty()
                        ? ""
                        : "; allowed: "
                                + allowed.stream()
                                        .map(HttpMethod::name)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
        return handleExceptionInternal(
                e, problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", detail), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null
                ? "a body without Content-Type"
                : "Content-Type " + e.getContentType().getType() + "/"
                        + e.getContentType().getSubtype();
        String accepted = e.getSupportedMediaTypes().stream()
                .map(t -> t.getType() + "/" + t.getSubtype())
                .distinct()
                .collect(Collectors.joining(" or "));
        String detail = path(request) + " does not accept " + sent + (accepted.isEmpty() ? "" : "; send " + accepted);
        return handleExceptionInternal(
                e,
                problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail),
                headers,
                status,
                request);
    }

    /** A path variable or query parameter that is not of its type: which one, what it should be, what came. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String detail =
                "'" + name + "' must be " + (type == null ? "of another kind" : UnreadableDocument.expected(type, null))
                        + ", got '" + e.getValue() + "'";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
        problem.setProperty("parameter", name);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * Every answer this class gives for Spring's own exceptions passes here: a 5xx among them (a message that cannot
     * be written, a conversion the server does not support) is our fault and is logged under an id like the others.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return ResponseEntity.status(status)
                    .headers(headers)
                    .contentType(PROBLEM_JSON)
                    .body(fault(path(request), e));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet =
                request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        return servlet == null ? "this path" : servlet.getRequestURI();
    }

    /**
     * Our fault, for the caller: 500 with an id and no internals. The stack trace goes to the log under the same id,
     * so an operator finds it from the answer a client quotes.
     *
     * @param where the request, e.g. {@code POST /api/v1/assessments}
     */
    public static ProblemDetail fault(String where, Throwable e) {
        String id = UUID.randomUUID().toString().substring(0, 13).replace("-", "");
        log.error("error {}: {} failed", id, where, e);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "the server could not complete the request because of an internal error, logged under id " + id
                        + ": quote it when you report the problem");
        problem.setProperty("errorId", id);
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * Writes a problem as the whole answer, for code that runs outside Spring MVC: the security chain and servlet
     * filters.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // a path the container let through but that is no URI: the problem goes without its instance
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
