// Every piece of UI chrome text, as Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml) so an
// admin can translate them (Setup > Translation Workbench). Text the readiness engine produces stays English.
// A test checks that this module and the labels file list the same labels.
import JR_App_Title from '@salesforce/label/c.JR_App_Title';
import JR_Refresh from '@salesforce/label/c.JR_Refresh';
import JR_Reading from '@salesforce/label/c.JR_Reading';
import JR_Load_Error_Title from '@salesforce/label/c.JR_Load_Error_Title';
import JR_Engine_Error_Title from '@salesforce/label/c.JR_Engine_Error_Title';
import JR_Showing_Previous from '@salesforce/label/c.JR_Showing_Previous';
import JR_Production from '@salesforce/label/c.JR_Production';
import JR_Sandbox from '@salesforce/label/c.JR_Sandbox';
import JR_Org_Type_Unknown from '@salesforce/label/c.JR_Org_Type_Unknown';
import JR_Org_Name_Unknown from '@salesforce/label/c.JR_Org_Name_Unknown';
import JR_Overall_Status from '@salesforce/label/c.JR_Overall_Status';
import JR_Score from '@salesforce/label/c.JR_Score';
import JR_Score_Value from '@salesforce/label/c.JR_Score_Value';
import JR_Data_Read from '@salesforce/label/c.JR_Data_Read';
import JR_My_Domain from '@salesforce/label/c.JR_My_Domain';
import JR_Finding_Counts from '@salesforce/label/c.JR_Finding_Counts';
import JR_Verdict_Ready from '@salesforce/label/c.JR_Verdict_Ready';
import JR_Verdict_Action_Needed from '@salesforce/label/c.JR_Verdict_Action_Needed';
import JR_Verdict_Blocked from '@salesforce/label/c.JR_Verdict_Blocked';
import JR_Verdict_Cannot_Determine from '@salesforce/label/c.JR_Verdict_Cannot_Determine';
import JR_Severity_Error from '@salesforce/label/c.JR_Severity_Error';
import JR_Severity_Warning from '@salesforce/label/c.JR_Severity_Warning';
import JR_Severity_Info from '@salesforce/label/c.JR_Severity_Info';
import JR_Severity_Pass from '@salesforce/label/c.JR_Severity_Pass';
import JR_Group_Errors from '@salesforce/label/c.JR_Group_Errors';
import JR_Group_Warnings from '@salesforce/label/c.JR_Group_Warnings';
import JR_Group_Info from '@salesforce/label/c.JR_Group_Info';
import JR_Group_Passed from '@salesforce/label/c.JR_Group_Passed';
import JR_Answer_Yes from '@salesforce/label/c.JR_Answer_Yes';
import JR_Answer_No from '@salesforce/label/c.JR_Answer_No';
import JR_Answer_Unknown from '@salesforce/label/c.JR_Answer_Unknown';
import JR_Answer_Not_Applicable from '@salesforce/label/c.JR_Answer_Not_Applicable';
import JR_Tab_Overview from '@salesforce/label/c.JR_Tab_Overview';
import JR_Tab_Findings from '@salesforce/label/c.JR_Tab_Findings';
import JR_Tab_Apps from '@salesforce/label/c.JR_Tab_Apps';
import JR_Tab_Bypass from '@salesforce/label/c.JR_Tab_Bypass';
import JR_Tab_User_Check from '@salesforce/label/c.JR_Tab_User_Check';
import JR_Tab_Sandbox from '@salesforce/label/c.JR_Tab_Sandbox';
import JR_Tab_Decoder from '@salesforce/label/c.JR_Tab_Decoder';
import JR_Tab_Export from '@salesforce/label/c.JR_Tab_Export';
import JR_Section_Ways from '@salesforce/label/c.JR_Section_Ways';
import JR_Section_Findings from '@salesforce/label/c.JR_Section_Findings';
import JR_Section_Apps from '@salesforce/label/c.JR_Section_Apps';
import JR_Section_Bypass from '@salesforce/label/c.JR_Section_Bypass';
import JR_Section_User_Check from '@salesforce/label/c.JR_Section_User_Check';
import JR_Section_Sandbox from '@salesforce/label/c.JR_Section_Sandbox';
import JR_Section_Decoder from '@salesforce/label/c.JR_Section_Decoder';
import JR_Section_Export from '@salesforce/label/c.JR_Section_Export';
import JR_Section_Reader_Gaps from '@salesforce/label/c.JR_Section_Reader_Gaps';
import JR_Section_Loading from '@salesforce/label/c.JR_Section_Loading';
import JR_Section_Unavailable from '@salesforce/label/c.JR_Section_Unavailable';
import JR_Section_Error_Title from '@salesforce/label/c.JR_Section_Error_Title';
import JR_Unknown_Error from '@salesforce/label/c.JR_Unknown_Error';
import JR_Section_Error_Hint from '@salesforce/label/c.JR_Section_Error_Hint';
import JR_Reader_Gaps_Intro from '@salesforce/label/c.JR_Reader_Gaps_Intro';
import JR_Reader_Gaps_None from '@salesforce/label/c.JR_Reader_Gaps_None';
import JR_Permission from '@salesforce/label/c.JR_Permission';
import JR_Unlocks from '@salesforce/label/c.JR_Unlocks';
import JR_Installed from '@salesforce/label/c.JR_Installed';
import JR_Not_Installed from '@salesforce/label/c.JR_Not_Installed';
import JR_Install_Unknown from '@salesforce/label/c.JR_Install_Unknown';
import JR_Kind_Connected_App from '@salesforce/label/c.JR_Kind_Connected_App';
import JR_Kind_External_Client_App from '@salesforce/label/c.JR_Kind_External_Client_App';
import JR_Permitted_Users from '@salesforce/label/c.JR_Permitted_Users';
import JR_Permitted_Admin_Approved from '@salesforce/label/c.JR_Permitted_Admin_Approved';
import JR_Permitted_Self_Authorize from '@salesforce/label/c.JR_Permitted_Self_Authorize';
import JR_Permitted_Unknown from '@salesforce/label/c.JR_Permitted_Unknown';
import JR_Permitted_Not_Installed from '@salesforce/label/c.JR_Permitted_Not_Installed';
import JR_Who_Can_Connect from '@salesforce/label/c.JR_Who_Can_Connect';
import JR_Refresh_Token_Policy from '@salesforce/label/c.JR_Refresh_Token_Policy';
import JR_Reconnect_Cadence from '@salesforce/label/c.JR_Reconnect_Cadence';
import JR_Session_Policy from '@salesforce/label/c.JR_Session_Policy';
import JR_Grants_Heading from '@salesforce/label/c.JR_Grants_Heading';
import JR_Grants_None from '@salesforce/label/c.JR_Grants_None';
import JR_Grants_Unknown from '@salesforce/label/c.JR_Grants_Unknown';
import JR_Grants_Truncated from '@salesforce/label/c.JR_Grants_Truncated';
import JR_Col_Type from '@salesforce/label/c.JR_Col_Type';
import JR_Col_Name from '@salesforce/label/c.JR_Col_Name';
import JR_Col_Api_Name from '@salesforce/label/c.JR_Col_Api_Name';
import JR_Col_Active_Assignees from '@salesforce/label/c.JR_Col_Active_Assignees';
import JR_Col_Expiring from '@salesforce/label/c.JR_Col_Expiring';
import JR_Col_Through from '@salesforce/label/c.JR_Col_Through';
import JR_Col_Notes from '@salesforce/label/c.JR_Col_Notes';
import JR_Col_Sample_Users from '@salesforce/label/c.JR_Col_Sample_Users';
import JR_Col_User from '@salesforce/label/c.JR_Col_User';
import JR_Col_Username from '@salesforce/label/c.JR_Col_Username';
import JR_Col_Last_Used from '@salesforce/label/c.JR_Col_Last_Used';
import JR_Col_Use_Count from '@salesforce/label/c.JR_Col_Use_Count';
import JR_Kind_Profile from '@salesforce/label/c.JR_Kind_Profile';
import JR_Kind_Permission_Set from '@salesforce/label/c.JR_Kind_Permission_Set';
import JR_Kind_Permission_Set_Group from '@salesforce/label/c.JR_Kind_Permission_Set_Group';
import JR_Via_Direct from '@salesforce/label/c.JR_Via_Direct';
import JR_Via_Group from '@salesforce/label/c.JR_Via_Group';
import JR_Authorizations_Heading from '@salesforce/label/c.JR_Authorizations_Heading';
import JR_Authorizations_Unknown from '@salesforce/label/c.JR_Authorizations_Unknown';
import JR_Authorizations_None from '@salesforce/label/c.JR_Authorizations_None';
import JR_Authorized_Users from '@salesforce/label/c.JR_Authorized_Users';
import JR_Tokens from '@salesforce/label/c.JR_Tokens';
import JR_Last_Used from '@salesforce/label/c.JR_Last_Used';
import JR_At_Least from '@salesforce/label/c.JR_At_Least';
import JR_Never from '@salesforce/label/c.JR_Never';
import JR_Used_But_Not_Installed from '@salesforce/label/c.JR_Used_But_Not_Installed';
import JR_Opens_New_Tab from '@salesforce/label/c.JR_Opens_New_Tab';
import JR_Apps_Empty from '@salesforce/label/c.JR_Apps_Empty';
import JR_App_Actions from '@salesforce/label/c.JR_App_Actions';
import JR_Ways_Empty from '@salesforce/label/c.JR_Ways_Empty';
import JR_Reason_Chain from '@salesforce/label/c.JR_Reason_Chain';
import JR_Findings_Empty from '@salesforce/label/c.JR_Findings_Empty';
import JR_Evidence from '@salesforce/label/c.JR_Evidence';
import JR_Remediation from '@salesforce/label/c.JR_Remediation';
import JR_Source from '@salesforce/label/c.JR_Source';
import JR_Effective_Since from '@salesforce/label/c.JR_Effective_Since';
import JR_Show_Passed from '@salesforce/label/c.JR_Show_Passed';
import JR_Bypass_Empty from '@salesforce/label/c.JR_Bypass_Empty';
import JR_Holders_None from '@salesforce/label/c.JR_Holders_None';
import JR_Holders_Unknown from '@salesforce/label/c.JR_Holders_Unknown';
import JR_Total_Active_Assignees from '@salesforce/label/c.JR_Total_Active_Assignees';
import JR_Standard_System_Administrator from '@salesforce/label/c.JR_Standard_System_Administrator';
import JR_Session_Based from '@salesforce/label/c.JR_Session_Based';
import JR_Expires_On from '@salesforce/label/c.JR_Expires_On';
import JR_User_Search_Label from '@salesforce/label/c.JR_User_Search_Label';
import JR_User_Search_Placeholder from '@salesforce/label/c.JR_User_Search_Placeholder';
import JR_User_Search_Clear from '@salesforce/label/c.JR_User_Search_Clear';
import JR_User_Search_Too_Short from '@salesforce/label/c.JR_User_Search_Too_Short';
import JR_User_Searching from '@salesforce/label/c.JR_User_Searching';
import JR_User_Search_No_Results from '@salesforce/label/c.JR_User_Search_No_Results';
import JR_User_Search_Results from '@salesforce/label/c.JR_User_Search_Results';
import JR_User_Search_Error from '@salesforce/label/c.JR_User_Search_Error';
import JR_Inactive from '@salesforce/label/c.JR_Inactive';
import JR_User_Facts_Loading from '@salesforce/label/c.JR_User_Facts_Loading';
import JR_User_Facts_Error from '@salesforce/label/c.JR_User_Facts_Error';
import JR_User_Check_Intro from '@salesforce/label/c.JR_User_Check_Intro';
import JR_User_Result_For from '@salesforce/label/c.JR_User_Result_For';
import JR_Can_Connect_Yes from '@salesforce/label/c.JR_Can_Connect_Yes';
import JR_Can_Connect_No from '@salesforce/label/c.JR_Can_Connect_No';
import JR_Can_Connect_Unknown from '@salesforce/label/c.JR_Can_Connect_Unknown';
import JR_Unblock_Action from '@salesforce/label/c.JR_Unblock_Action';
import JR_User_Findings from '@salesforce/label/c.JR_User_Findings';
import JR_User_Check_Needs_Snapshot from '@salesforce/label/c.JR_User_Check_Needs_Snapshot';
import JR_Sandbox_Checklist from '@salesforce/label/c.JR_Sandbox_Checklist';
import JR_Sandbox_Checklist_Empty from '@salesforce/label/c.JR_Sandbox_Checklist_Empty';
import JR_This_Org_Is_Sandbox from '@salesforce/label/c.JR_This_Org_Is_Sandbox';
import JR_This_Org_Is_Production from '@salesforce/label/c.JR_This_Org_Is_Production';
import JR_Decoder_Label from '@salesforce/label/c.JR_Decoder_Label';
import JR_Decoder_Help from '@salesforce/label/c.JR_Decoder_Help';
import JR_Decoder_Button from '@salesforce/label/c.JR_Decoder_Button';
import JR_Decoder_Empty from '@salesforce/label/c.JR_Decoder_Empty';
import JR_Decoder_Cause from '@salesforce/label/c.JR_Decoder_Cause';
import JR_Decoder_Fix from '@salesforce/label/c.JR_Decoder_Fix';
import JR_Decoder_Unknown from '@salesforce/label/c.JR_Decoder_Unknown';
import JR_Decoder_Known from '@salesforce/label/c.JR_Decoder_Known';
import JR_Decoder_Read from '@salesforce/label/c.JR_Decoder_Read';
import JR_Decoder_Error from '@salesforce/label/c.JR_Decoder_Error';
import JR_Export_Intro from '@salesforce/label/c.JR_Export_Intro';
import JR_Export_Markdown from '@salesforce/label/c.JR_Export_Markdown';
import JR_Export_Csv_Heading from '@salesforce/label/c.JR_Export_Csv_Heading';
import JR_Export_Csv_Findings from '@salesforce/label/c.JR_Export_Csv_Findings';
import JR_Export_Csv_Apps from '@salesforce/label/c.JR_Export_Csv_Apps';
import JR_Export_Csv_Holders from '@salesforce/label/c.JR_Export_Csv_Holders';
import JR_Export_Csv_Authorizations from '@salesforce/label/c.JR_Export_Csv_Authorizations';
import JR_Export_Includes_User from '@salesforce/label/c.JR_Export_Includes_User';
import JR_Export_Error from '@salesforce/label/c.JR_Export_Error';
import JR_Pager_Previous from '@salesforce/label/c.JR_Pager_Previous';
import JR_Pager_Next from '@salesforce/label/c.JR_Pager_Next';
import JR_Pager_Range from '@salesforce/label/c.JR_Pager_Range';
import JR_Pager_Navigation from '@salesforce/label/c.JR_Pager_Navigation';

export const LABELS = {
    appTitle: JR_App_Title,
    refresh: JR_Refresh,
    reading: JR_Reading,
    loadErrorTitle: JR_Load_Error_Title,
    engineErrorTitle: JR_Engine_Error_Title,
    showingPrevious: JR_Showing_Previous,
    production: JR_Production,
    sandbox: JR_Sandbox,
    orgTypeUnknown: JR_Org_Type_Unknown,
    orgNameUnknown: JR_Org_Name_Unknown,
    overallStatus: JR_Overall_Status,
    score: JR_Score,
    scoreValue: JR_Score_Value,
    dataRead: JR_Data_Read,
    myDomain: JR_My_Domain,
    findingCounts: JR_Finding_Counts,
    verdictReady: JR_Verdict_Ready,
    verdictActionNeeded: JR_Verdict_Action_Needed,
    verdictBlocked: JR_Verdict_Blocked,
    verdictCannotDetermine: JR_Verdict_Cannot_Determine,
    severityError: JR_Severity_Error,
    severityWarning: JR_Severity_Warning,
    severityInfo: JR_Severity_Info,
    severityPass: JR_Severity_Pass,
    groupErrors: JR_Group_Errors,
    groupWarnings: JR_Group_Warnings,
    groupInfo: JR_Group_Info,
    groupPassed: JR_Group_Passed,
    answerYes: JR_Answer_Yes,
    answerNo: JR_Answer_No,
    answerUnknown: JR_Answer_Unknown,
    answerNotApplicable: JR_Answer_Not_Applicable,
    tabOverview: JR_Tab_Overview,
    tabFindings: JR_Tab_Findings,
    tabApps: JR_Tab_Apps,
    tabBypass: JR_Tab_Bypass,
    tabUserCheck: JR_Tab_User_Check,
    tabSandbox: JR_Tab_Sandbox,
    tabDecoder: JR_Tab_Decoder,
    tabExport: JR_Tab_Export,
    sectionWays: JR_Section_Ways,
    sectionFindings: JR_Section_Findings,
    sectionApps: JR_Section_Apps,
    sectionBypass: JR_Section_Bypass,
    sectionUserCheck: JR_Section_User_Check,
    sectionSandbox: JR_Section_Sandbox,
    sectionDecoder: JR_Section_Decoder,
    sectionExport: JR_Section_Export,
    sectionReaderGaps: JR_Section_Reader_Gaps,
    sectionLoading: JR_Section_Loading,
    sectionUnavailable: JR_Section_Unavailable,
    sectionErrorTitle: JR_Section_Error_Title,
    unknownError: JR_Unknown_Error,
    sectionErrorHint: JR_Section_Error_Hint,
    readerGapsIntro: JR_Reader_Gaps_Intro,
    readerGapsNone: JR_Reader_Gaps_None,
    permission: JR_Permission,
    unlocks: JR_Unlocks,
    installed: JR_Installed,
    notInstalled: JR_Not_Installed,
    installUnknown: JR_Install_Unknown,
    kindConnectedApp: JR_Kind_Connected_App,
    kindExternalClientApp: JR_Kind_External_Client_App,
    permittedUsers: JR_Permitted_Users,
    permittedAdminApproved: JR_Permitted_Admin_Approved,
    permittedSelfAuthorize: JR_Permitted_Self_Authorize,
    permittedUnknown: JR_Permitted_Unknown,
    permittedNotInstalled: JR_Permitted_Not_Installed,
    whoCanConnect: JR_Who_Can_Connect,
    refreshTokenPolicy: JR_Refresh_Token_Policy,
    reconnectCadence: JR_Reconnect_Cadence,
    sessionPolicy: JR_Session_Policy,
    grantsHeading: JR_Grants_Heading,
    grantsNone: JR_Grants_None,
    grantsUnknown: JR_Grants_Unknown,
    grantsTruncated: JR_Grants_Truncated,
    colType: JR_Col_Type,
    colName: JR_Col_Name,
    colApiName: JR_Col_Api_Name,
    colActiveAssignees: JR_Col_Active_Assignees,
    colExpiring: JR_Col_Expiring,
    colThrough: JR_Col_Through,
    colNotes: JR_Col_Notes,
    colSampleUsers: JR_Col_Sample_Users,
    colUser: JR_Col_User,
    colUsername: JR_Col_Username,
    colLastUsed: JR_Col_Last_Used,
    colUseCount: JR_Col_Use_Count,
    kindProfile: JR_Kind_Profile,
    kindPermissionSet: JR_Kind_Permission_Set,
    kindPermissionSetGroup: JR_Kind_Permission_Set_Group,
    viaDirect: JR_Via_Direct,
    viaGroup: JR_Via_Group,
    authorizationsHeading: JR_Authorizations_Heading,
    authorizationsUnknown: JR_Authorizations_Unknown,
    authorizationsNone: JR_Authorizations_None,
    authorizedUsers: JR_Authorized_Users,
    tokens: JR_Tokens,
    lastUsed: JR_Last_Used,
    atLeast: JR_At_Least,
    never: JR_Never,
    usedButNotInstalled: JR_Used_But_Not_Installed,
    opensNewTab: JR_Opens_New_Tab,
    appsEmpty: JR_Apps_Empty,
    appActions: JR_App_Actions,
    waysEmpty: JR_Ways_Empty,
    reasonChain: JR_Reason_Chain,
    findingsEmpty: JR_Findings_Empty,
    evidence: JR_Evidence,
    remediation: JR_Remediation,
    source: JR_Source,
    effectiveSince: JR_Effective_Since,
    showPassed: JR_Show_Passed,
    bypassEmpty: JR_Bypass_Empty,
    holdersNone: JR_Holders_None,
    holdersUnknown: JR_Holders_Unknown,
    totalActiveAssignees: JR_Total_Active_Assignees,
    standardSysAdmin: JR_Standard_System_Administrator,
    sessionBased: JR_Session_Based,
    expiresOn: JR_Expires_On,
    userSearchLabel: JR_User_Search_Label,
    userSearchPlaceholder: JR_User_Search_Placeholder,
    userSearchClear: JR_User_Search_Clear,
    userSearchTooShort: JR_User_Search_Too_Short,
    userSearching: JR_User_Searching,
    userSearchNoResults: JR_User_Search_No_Results,
    userSearchResults: JR_User_Search_Results,
    userSearchError: JR_User_Search_Error,
    inactive: JR_Inactive,
    userFactsLoading: JR_User_Facts_Loading,
    userFactsError: JR_User_Facts_Error,
    userCheckIntro: JR_User_Check_Intro,
    userResultFor: JR_User_Result_For,
    canConnectYes: JR_Can_Connect_Yes,
    canConnectNo: JR_Can_Connect_No,
    canConnectUnknown: JR_Can_Connect_Unknown,
    unblockAction: JR_Unblock_Action,
    userFindings: JR_User_Findings,
    userCheckNeedsSnapshot: JR_User_Check_Needs_Snapshot,
    sandboxChecklist: JR_Sandbox_Checklist,
    sandboxChecklistEmpty: JR_Sandbox_Checklist_Empty,
    thisOrgIsSandbox: JR_This_Org_Is_Sandbox,
    thisOrgIsProduction: JR_This_Org_Is_Production,
    decoderLabel: JR_Decoder_Label,
    decoderHelp: JR_Decoder_Help,
    decoderButton: JR_Decoder_Button,
    decoderEmpty: JR_Decoder_Empty,
    decoderCause: JR_Decoder_Cause,
    decoderFix: JR_Decoder_Fix,
    decoderUnknown: JR_Decoder_Unknown,
    decoderKnown: JR_Decoder_Known,
    decoderRead: JR_Decoder_Read,
    decoderError: JR_Decoder_Error,
    exportIntro: JR_Export_Intro,
    exportMarkdown: JR_Export_Markdown,
    exportCsvHeading: JR_Export_Csv_Heading,
    exportCsvFindings: JR_Export_Csv_Findings,
    exportCsvApps: JR_Export_Csv_Apps,
    exportCsvHolders: JR_Export_Csv_Holders,
    exportCsvAuthorizations: JR_Export_Csv_Authorizations,
    exportIncludesUser: JR_Export_Includes_User,
    exportError: JR_Export_Error,
    pagerPrevious: JR_Pager_Previous,
    pagerNext: JR_Pager_Next,
    pagerRange: JR_Pager_Range,
    pagerNavigation: JR_Pager_Navigation
} as const;

export type LabelKey = keyof typeof LABELS;
