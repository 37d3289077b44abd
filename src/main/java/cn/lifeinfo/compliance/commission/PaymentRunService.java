package cn.lifeinfo.compliance.commission;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.TextLimits;
import cn.lifeinfo.compliance.common.Ulid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * PEN-INT-005: a commission payment run is paid only after the customer-information truthfulness review unit has
 * signed it off (AH 二(一)). The run is created by the commission system, signed off by an inspector other than its
 * creator (four eyes), and only then paid; every step, a refused payment included, is appended to its history.
 */
@ApplicationScoped
public class PaymentRunService {

    public static final String RULE_ID = "PEN-INT-005";
    public static final String MESSAGE_ZH = "支付手续费前须经客户信息真实性审核部门同意";
    public static final String MESSAGE_EN = "Sign-off before paying commission";
    static final int MAX_LINES = 10_000;
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final IdentifierHasher hasher;

    public PaymentRunService(IdentifierHasher hasher) {
        this.hasher = hasher;
    }

    public record Reason(String ruleId, String messageZh, String messageEn) {
    }

    public PaymentRunView create(PaymentRunRequest body, String user) {
        validate(body);
        return QuarkusTransaction.requiringNew().call(() -> {
            PaymentRunEntity run = new PaymentRunEntity();
            run.runId = Ulid.next();
            run.period = body.period();
            run.intermediaryId = body.intermediaryId().trim();
            run.totalAmount = body.lines().stream().map(PaymentRunRequest.Line::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            run.lineCount = body.lines().size();
            run.createdBy = user;
            run.createdAt = Instant.now();
            run.persist();
            for (int i = 0; i < body.lines().size(); i++) {
                PaymentLineEntity line = new PaymentLineEntity();
                line.runId = run.runId;
                line.lineNo = i;
                line.policyHash = hasher.hash(body.lines().get(i).policyNo().trim());
                line.amount = body.lines().get(i).amount();
                line.hashKeyId = hasher.keyId();
                line.persist();
            }
            append(run.runId, 0, PaymentEventEntity.CREATED, user, null);
            return view(run);
        });
    }

    public PaymentRunView get(String runId) {
        return QuarkusTransaction.requiringNew().call(() -> view(find(runId, false)));
    }

    /** The review unit's sign-off; the creator of a run cannot sign it, even holding the reviewer's role. */
    public PaymentRunView signOff(String runId, String user, String note) {
        if (note != null && note.length() > 500) {
            throw invalid(List.of(new FieldError("note", "at most 500 characters")));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            PaymentRunEntity run = find(runId, true);
            List<PaymentEventEntity> history = history(runId);
            String status = status(history);
            if (!status.equals(PaymentEventEntity.CREATED)) {
                throw new ProblemException(Problem.of(Failure.CONFLICT, "already-signed-off",
                        "该支付批次已审核 / The run is already " + status));
            }
            if (run.createdBy.equals(user)) {
                throw new ProblemException(Problem.of(Failure.FORBIDDEN, "own-payment-run",
                        "创建人不得审核本人提交的支付批次 / The creator of a payment run cannot sign it off"));
            }
            append(runId, history.size(), PaymentEventEntity.SIGNED_OFF, user, note);
            return view(run);
        });
    }

    /**
     * Pays a signed-off run. Before the sign-off the answer is 409 naming PEN-INT-005, and the refused attempt is
     * committed to the history first (so the refusal itself is on record).
     */
    public PaymentRunView pay(String runId, String user) {
        Object result = QuarkusTransaction.requiringNew().call(() -> {
            PaymentRunEntity run = find(runId, true);
            List<PaymentEventEntity> history = history(runId);
            String status = status(history);
            if (status.equals(PaymentEventEntity.PAID)) {
                return Problem.of(Failure.CONFLICT, "already-paid", "该支付批次已支付 / The run is already PAID");
            }
            if (status.equals(PaymentEventEntity.CREATED)) {
                append(runId, history.size(), PaymentEventEntity.PAYMENT_REFUSED, user, RULE_ID);
                return Problem.of(Failure.CONFLICT, "payment-not-signed-off",
                                RULE_ID + ": " + MESSAGE_ZH + " / " + MESSAGE_EN
                                        + " (the truthfulness review unit has not signed this run off)")
                        .withErrors(List.of(new Reason(RULE_ID, MESSAGE_ZH, MESSAGE_EN)));
            }
            append(runId, history.size(), PaymentEventEntity.PAID, user, null);
            return view(run);
        });
        if (result instanceof Problem refused) {
            throw new ProblemException(refused);
        }
        return (PaymentRunView) result;
    }

    private static PaymentRunEntity find(String runId, boolean lock) {
        PaymentRunEntity run = lock ? PaymentRunEntity.findById(runId, LockModeType.PESSIMISTIC_WRITE)
                : PaymentRunEntity.findById(runId);
        if (run == null) {
            throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-payment-run", "No payment run " + runId));
        }
        return run;
    }

    private static List<PaymentEventEntity> history(String runId) {
        return PaymentEventEntity.list("runId = ?1 order by seq", runId);
    }

    /** The last event that changes the state; a refused payment changes nothing. */
    static String status(List<PaymentEventEntity> history) {
        String status = PaymentEventEntity.CREATED;
        for (PaymentEventEntity e : history) {
            if (!e.event.equals(PaymentEventEntity.PAYMENT_REFUSED)) {
                status = e.event;
            }
        }
        return status;
    }

    private static void append(String runId, int seq, String event, String actor, String note) {
        PaymentEventEntity e = new PaymentEventEntity();
        e.runId = runId;
        e.seq = seq;
        e.event = event;
        e.actor = actor;
        e.at = Instant.now();
        e.note = note;
        e.persist();
    }

    private static PaymentRunView view(PaymentRunEntity run) {
        List<PaymentEventEntity> history = history(run.runId);
        return new PaymentRunView(run.runId, run.period, run.intermediaryId, run.totalAmount, run.lineCount,
                status(history), RULE_ID, run.createdBy, run.createdAt,
                history.stream().map(PaymentRunView.Event::of).toList());
    }

    private static void validate(PaymentRunRequest body) {
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object {period, intermediaryId, lines: [{policyNo, amount}]}"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.period() == null || !PERIOD.matcher(body.period()).matches()) {
            errors.add(new FieldError("period", "required, YYYY-MM"));
        }
        if (body.intermediaryId() == null || body.intermediaryId().isBlank()) {
            errors.add(new FieldError("intermediaryId", "required"));
        }
        TextLimits.check(errors, "intermediaryId", body.intermediaryId(), 64);
        if (body.lines() == null || body.lines().isEmpty()) {
            errors.add(new FieldError("lines", "required, at least one line"));
        } else if (body.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", "at most " + MAX_LINES + " lines"));
        } else {
            for (int i = 0; i < body.lines().size(); i++) {
                line(errors, "lines[" + i + "]", body.lines().get(i));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    private static void line(List<FieldError> errors, String path, PaymentRunRequest.Line line) {
        if (line == null) {
            errors.add(new FieldError(path, "required {policyNo, amount}"));
            return;
        }
        if (line.policyNo() == null || line.policyNo().isBlank()) {
            errors.add(new FieldError(path + ".policyNo", "required"));
        }
        TextLimits.check(errors, path + ".policyNo", line.policyNo(), 64);
        BigDecimal amount = line.amount();
        if (amount == null) {
            errors.add(new FieldError(path + ".amount", "required"));
        } else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(path + ".amount", "a positive amount in yuan with at most 2 decimals"));
        }
    }

    private static ProblemException invalid(List<FieldError> errors) {
        FieldError first = Objects.requireNonNull(errors.get(0));
        return new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                "The payment run is invalid: " + first.field() + " " + first.message()).withErrors(errors));
    }
}
