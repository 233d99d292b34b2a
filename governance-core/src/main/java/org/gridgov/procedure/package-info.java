/**
 * Procedures as cities declare them: ordered {@link org.gridgov.procedure.Stage}s (Jilin's six steps
 * 吹哨、报到、会商、落实、反馈、评价, Jiangyuan's 网格预报、街镇吹哨、各方报到, a hotline's 受理、派单、办理、答复、回访), the
 * {@link org.gridgov.procedure.Transition}s by which issue events move a case between them, and each stage's
 * time limit. A {@link org.gridgov.procedure.Procedure} never changes an issue: it reads the timeline
 * and derives where the case stands ({@link org.gridgov.procedure.ProcedureState}), so the timeline stays the
 * only truth. Procedures are data, read from YAML with every problem located by {@link
 * org.gridgov.procedure.ProcedureReader}.
 */
package org.gridgov.procedure;
