package org.piu.targeting.workbench.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own faults: whatever their type, a 500 problem without internals whose error id is also in the log beside the
 * stack trace, so that an operator finds the cause from the id a client quotes. Caller mistakes stay 4xx.
 */
class FaultsTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ApiProblems.class);
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/screening");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    private void assertLoggedWithStack(String errorId, Throwable cause) {
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains(errorId).contains("/api/v1/screening");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(cause.getMessage());
        });
    }

    @Test
    void a_stray_illegal_argument_is_a_500_with_an_error_id_that_is_in_the_log() {
        var bug = new IllegalArgumentException("index 3 out of bounds for length 3 in org.piu.targeting.Secret");
        var answer = new ApiProblems().unexpected(bug, new ServletWebRequest(request));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = answer.getBody();
        String id = String.valueOf(problem.getProperties().get("errorId"));
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(problem.getDetail()).contains(id).doesNotContain("org.piu").doesNotContain("out of bounds");
        assertLoggedWithStack(id, bug);
    }

    @Test
    void an_empty_optional_in_our_code_is_a_fault_not_a_404() {
        var bug = new NoSuchElementException("No value present");
        var answer = new ApiProblems().unexpected(bug, new ServletWebRequest(request));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertLoggedWithStack(String.valueOf(answer.getBody().getProperties().get("errorId")), bug);
    }

    @Test
    void caller_mistakes_keep_their_status_and_words() {
        var answer = new ApiProblems().feature(new InvalidRequestException("persons[0] needs a name"));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).isEqualTo("persons[0] needs a name");
        assertThat(new ApiProblems()
                        .feature(new NotFoundException("no watchlist 'x'"))
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(log.list).isEmpty();
    }

    @Test
    void a_refusal_by_method_security_goes_on_to_the_security_chain() {
        var refused = new AccessDeniedException("Access Denied");
        assertThatThrownBy(() -> new ApiProblems().refused(refused)).isSameAs(refused);
    }

    @Test
    void an_exception_thrown_by_a_filter_is_a_500_problem_with_an_error_id_in_the_log() throws Exception {
        var bug = new IllegalStateException("the account store is closed");
        FilterChain failing = (req, res) -> {
            throw bug;
        };
        new ApiErrorBoundary().doFilter(request, response, failing);

        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(problem.path("detail").asString()).doesNotContain("account store");
        assertLoggedWithStack(problem.path("errorId").asString(), bug);
    }

    @Test
    void an_error_status_sent_by_a_library_is_a_problem_not_the_containers_error_page() throws Exception {
        FilterChain sendingError =
                (req, res) -> ((HttpServletResponse) res).sendError(405, "Method 'TRACE' is not supported.");
        new ApiErrorBoundary().doFilter(request, response, sendingError);

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getErrorMessage()).as("no error dispatch").isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.path("detail").asString()).contains("POST /api/v1/screening");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/screening");
    }

    @Test
    void paths_outside_the_api_are_left_to_the_workbench() throws Exception {
        var page = new MockHttpServletRequest("GET", "/rules");
        FilterChain sendingError = (req, res) -> ((HttpServletResponse) res).sendError(404);
        new ApiErrorBoundary().doFilter(page, response, sendingError);
        assertThat(response.getErrorMessage()).isNull();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).isEmpty();
    }
}
