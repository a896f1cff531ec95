package ru.otklik.message.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.security.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.otklik.message.control.Action.*;
import static ru.otklik.message.entity.MessageStatus.*;

/** The procedure of Appendix 1, role by role and step by step. */
class WorkflowTest {

    private static final Set<Role> OPERATOR = EnumSet.of(Role.OPERATOR);
    private static final Set<Role> CURATOR = EnumSet.of(Role.CURATOR);
    private static final Set<Role> HEAD = EnumSet.of(Role.HEAD);
    private static final Set<Role> EXECUTOR = EnumSet.of(Role.EXECUTOR);

    @Test
    void theOperatorTriagesAndMayCloseWithoutAnswerButNeverSendsToTheHead() {
        assertThat(Workflow.allowed(REGISTERED, OPERATOR, false, false)).containsExactlyInAnyOrder(CLASSIFY,
                CLOSE_NO_ANSWER);
        assertThat(Workflow.allowed(TRIAGED, OPERATOR, false, false)).doesNotContain(SEND_TO_HEAD);
        assertThat(Workflow.afterClassify(REGISTERED)).isEqualTo(TRIAGED);
        assertThat(Workflow.afterClassify(IN_WORK)).isEqualTo(IN_WORK);
    }

    @Test
    void theCuratorSendsToTheHead_R1_6_andOnlyTheHeadAssignsUnlessTheOrganisationAllows() {
        assertThat(Workflow.allowed(TRIAGED, CURATOR, false, false)).contains(SEND_TO_HEAD);
        assertThat(Workflow.allowed(AWAITING_HEAD, HEAD, false, false)).containsExactly(ASSIGN_EXECUTOR);
        assertThat(Workflow.allowed(AWAITING_HEAD, CURATOR, false, false)).doesNotContain(ASSIGN_EXECUTOR);
        assertThat(Workflow.allowed(AWAITING_HEAD, CURATOR, false, true)).contains(ASSIGN_EXECUTOR);
        assertThat(Workflow.allowed(AWAITING_HEAD, OPERATOR, false, true)).doesNotContain(ASSIGN_EXECUTOR);
    }

    @Test
    void onlyTheNamedExecutorDraftsAndSubmits_R1_12() {
        assertThat(Workflow.allowed(IN_WORK, EXECUTOR, true, false)).containsExactlyInAnyOrder(SAVE_DRAFT,
                SUBMIT_DRAFT);
        assertThat(Workflow.allowed(IN_WORK, EXECUTOR, false, false)).isEmpty();
        assertThat(Workflow.allowed(IN_REVIEW, EXECUTOR, true, false)).isEmpty();
    }

    @Test
    void theCuratorApprovesOrReturnsAndTheOperatorPosts() {
        assertThat(Workflow.allowed(IN_REVIEW, CURATOR, false, false)).contains(APPROVE_DRAFT, RETURN_DRAFT);
        assertThat(Workflow.allowed(IN_REVIEW, OPERATOR, false, false)).doesNotContain(APPROVE_DRAFT, RETURN_DRAFT);
        assertThat(Workflow.allowed(APPROVED, OPERATOR, false, false)).contains(POST_ANSWER);
        assertThat(Workflow.allowed(APPROVED, HEAD, false, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MessageStatus.class, names = {"CLOSED", "NO_ANSWER"})
    void nothingCanBeDoneToAClosedMessage(MessageStatus closed) {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        assertThat(Workflow.allowed(closed, everyone, true, true)).isEmpty();
        assertThatThrownBy(() -> Workflow.require(CLASSIFY, closed, everyone, true, true))
                .isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("error.workflow.forbidden");
    }

    @Test
    void thePrimaryActionIsTheOneThatMovesTheWorkOn() {
        assertThat(Workflow.primary(Workflow.allowed(REGISTERED, OPERATOR, false, false), REGISTERED))
                .isEqualTo(CLASSIFY);
        assertThat(Workflow.primary(Workflow.allowed(TRIAGED, CURATOR, false, false), TRIAGED)).isEqualTo(SEND_TO_HEAD);
        assertThat(Workflow.primary(Workflow.allowed(IN_WORK, EXECUTOR, true, false), IN_WORK)).isEqualTo(SUBMIT_DRAFT);
        assertThat(Workflow.primary(Workflow.allowed(TRIAGED, OPERATOR, false, false), TRIAGED)).isNull();
    }
}
