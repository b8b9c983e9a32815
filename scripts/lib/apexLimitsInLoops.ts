// Finds SOQL, SOSL and DML that run once per loop iteration in one parsed Apex file, so a governor limit
// (100 SOQL queries, 20 SOSL, 150 DML statements per transaction) is reached by data volume, not by code.
//
// Scope, like PMD's OperationWithLimitsInLoop: one method at a time; a call from a loop into another method
// that queries is not followed.
import {
    ApexParseTreeWalker,
    ApexParserBaseListener,
    DeleteStatementContext,
    DoWhileStatementContext,
    DotExpressionContext,
    ForControlContext,
    ForStatementContext,
    InsertStatementContext,
    MergeStatementContext,
    SoqlLiteralContext,
    SoslLiteralContext,
    UndeleteStatementContext,
    UpdateStatementContext,
    UpsertStatementContext,
    WhileStatementContext,
    type ApexParserRuleContext
} from '@apexdevtools/apex-parser';
import { limitedMethodKind, type LimitKind } from './apexLimitMethods';
import { sourceSnippet, type ParsedApex } from './apexParse';

export type LimitsInLoopRule = 'soql-in-loop' | 'sosl-in-loop' | 'dml-in-loop';

export interface LimitsInLoopFinding {
    rule: LimitsInLoopRule;
    line: number;
    column: number;
    message: string;
}

const OPERATION_LABEL: Record<LimitKind, string> = { soql: 'SOQL query', sosl: 'SOSL search', dml: 'DML statement' };
const OPERATION_RULE: Record<LimitKind, LimitsInLoopRule> = { soql: 'soql-in-loop', sosl: 'sosl-in-loop', dml: 'dml-in-loop' };

interface EnclosingLoop {
    kind: 'for' | 'while' | 'do-while';
    line: number;
}

/**
 * The innermost loop in which ctx runs once per iteration, or null. A for-each loop's collection expression
 * (e.g. the query of a SOQL for-loop) and a classic for's initialiser run once; its condition and update run
 * on every iteration, as do a while/do-while condition and every loop body.
 */
function loopRunningEachIteration(ctx: ApexParserRuleContext): EnclosingLoop | null {
    const path: ApexParserRuleContext[] = [ctx];
    for (let parent = ctx.parentCtx; parent; parent = parent.parentCtx) {
        const child = path[path.length - 1];
        if (parent instanceof WhileStatementContext) return { kind: 'while', line: parent.start.line };
        if (parent instanceof DoWhileStatementContext) return { kind: 'do-while', line: parent.start.line };
        if (parent instanceof ForStatementContext) {
            if (child === parent.statement()) return { kind: 'for', line: parent.start.line };
            const control = child instanceof ForControlContext ? child : null;
            const part = path[path.length - 2];
            if (control && part && (part === control.expression() || part === control.forUpdate()))
                return { kind: 'for', line: parent.start.line };
        }
        path.push(parent);
    }
    return null;
}

class LimitsInLoopListener extends ApexParserBaseListener {
    readonly findings: LimitsInLoopFinding[] = [];

    constructor(private readonly source: string) {
        super();
    }

    private report(ctx: ApexParserRuleContext, operation: LimitKind, what: string): void {
        const loop = loopRunningEachIteration(ctx);
        if (!loop) return;
        this.findings.push({
            rule: OPERATION_RULE[operation],
            line: ctx.start.line,
            column: ctx.start.column + 1,
            message: `${what} inside a ${loop.kind} loop (line ${loop.line}) runs once per iteration: ${sourceSnippet(this.source, ctx)} - move it before the loop and work on collections`
        });
    }

    enterSoqlLiteral = (ctx: SoqlLiteralContext): void => this.report(ctx, 'soql', OPERATION_LABEL.soql);
    enterSoslLiteral = (ctx: SoslLiteralContext): void => this.report(ctx, 'sosl', OPERATION_LABEL.sosl);
    enterInsertStatement = (ctx: InsertStatementContext): void => this.report(ctx, 'dml', 'DML insert');
    enterUpdateStatement = (ctx: UpdateStatementContext): void => this.report(ctx, 'dml', 'DML update');
    enterUpsertStatement = (ctx: UpsertStatementContext): void => this.report(ctx, 'dml', 'DML upsert');
    enterDeleteStatement = (ctx: DeleteStatementContext): void => this.report(ctx, 'dml', 'DML delete');
    enterUndeleteStatement = (ctx: UndeleteStatementContext): void => this.report(ctx, 'dml', 'DML undelete');
    enterMergeStatement = (ctx: MergeStatementContext): void => this.report(ctx, 'dml', 'DML merge');

    enterDotExpression = (ctx: DotExpressionContext): void => {
        const call = ctx.dotMethodCall();
        if (!call) return;
        const operation = limitedMethodKind(ctx.expression().getText(), call.anyId().getText());
        if (operation)
            this.report(ctx, operation, `${OPERATION_LABEL[operation]} (${ctx.expression().getText()}.${call.anyId().getText()})`);
    };
}

/** SOQL/SOSL/DML that run once per loop iteration, in source order. Meaningful only for a file without syntax errors. */
export function findLimitsInLoops(parsed: ParsedApex): LimitsInLoopFinding[] {
    const listener = new LimitsInLoopListener(parsed.source);
    ApexParseTreeWalker.DEFAULT.walk(listener, parsed.tree);
    return listener.findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
