// Every piece of UI chrome text, as Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml) so an
// admin can translate them (Setup > Translation Workbench). Text the readiness engine produces stays English.
// A test checks that this module and the labels file list the same labels.
import JSR_App_Title from '@salesforce/label/c.JSR_App_Title';
import JSR_Refresh from '@salesforce/label/c.JSR_Refresh';
import JSR_Reading from '@salesforce/label/c.JSR_Reading';
import JSR_Load_Error_Title from '@salesforce/label/c.JSR_Load_Error_Title';
import JSR_Engine_Error_Title from '@salesforce/label/c.JSR_Engine_Error_Title';
import JSR_Showing_Previous from '@salesforce/label/c.JSR_Showing_Previous';
import JSR_Production from '@salesforce/label/c.JSR_Production';
import JSR_Sandbox from '@salesforce/label/c.JSR_Sandbox';
import JSR_Org_Type_Unknown from '@salesforce/label/c.JSR_Org_Type_Unknown';
import JSR_Org_Name_Unknown from '@salesforce/label/c.JSR_Org_Name_Unknown';
import JSR_Overall_Status from '@salesforce/label/c.JSR_Overall_Status';
import JSR_Data_Read from '@salesforce/label/c.JSR_Data_Read';
import JSR_My_Domain from '@salesforce/label/c.JSR_My_Domain';
import JSR_Verdict_Ready from '@salesforce/label/c.JSR_Verdict_Ready';
import JSR_Verdict_Action_Needed from '@salesforce/label/c.JSR_Verdict_Action_Needed';
import JSR_Verdict_Blocked from '@salesforce/label/c.JSR_Verdict_Blocked';
import JSR_Verdict_Cannot_Determine from '@salesforce/label/c.JSR_Verdict_Cannot_Determine';
import JSR_Severity_Error from '@salesforce/label/c.JSR_Severity_Error';
import JSR_Severity_Warning from '@salesforce/label/c.JSR_Severity_Warning';
import JSR_Severity_Info from '@salesforce/label/c.JSR_Severity_Info';
import JSR_Answer_Yes from '@salesforce/label/c.JSR_Answer_Yes';
import JSR_Answer_No from '@salesforce/label/c.JSR_Answer_No';
import JSR_Answer_Unknown from '@salesforce/label/c.JSR_Answer_Unknown';
import JSR_Answer_Not_Applicable from '@salesforce/label/c.JSR_Answer_Not_Applicable';
import JSR_Tab_Overview from '@salesforce/label/c.JSR_Tab_Overview';
import JSR_Tab_Findings from '@salesforce/label/c.JSR_Tab_Findings';
import JSR_Tab_Apps from '@salesforce/label/c.JSR_Tab_Apps';
import JSR_Tab_Bypass from '@salesforce/label/c.JSR_Tab_Bypass';
import JSR_Tab_User_Check from '@salesforce/label/c.JSR_Tab_User_Check';
import JSR_Tab_Sandbox from '@salesforce/label/c.JSR_Tab_Sandbox';
import JSR_Tab_Decoder from '@salesforce/label/c.JSR_Tab_Decoder';
import JSR_Tab_Export from '@salesforce/label/c.JSR_Tab_Export';
import JSR_Section_Ways from '@salesforce/label/c.JSR_Section_Ways';
import JSR_Section_Findings from '@salesforce/label/c.JSR_Section_Findings';
import JSR_Section_Apps from '@salesforce/label/c.JSR_Section_Apps';
import JSR_Section_Bypass from '@salesforce/label/c.JSR_Section_Bypass';
import JSR_Section_User_Check from '@salesforce/label/c.JSR_Section_User_Check';
import JSR_Section_Sandbox from '@salesforce/label/c.JSR_Section_Sandbox';
import JSR_Section_Decoder from '@salesforce/label/c.JSR_Section_Decoder';
import JSR_Section_Export from '@salesforce/label/c.JSR_Section_Export';
import JSR_Section_Reader_Gaps from '@salesforce/label/c.JSR_Section_Reader_Gaps';
import JSR_Section_Loading from '@salesforce/label/c.JSR_Section_Loading';
import JSR_Section_Unavailable from '@salesforce/label/c.JSR_Section_Unavailable';
import JSR_Section_Error_Title from '@salesforce/label/c.JSR_Section_Error_Title';
import JSR_Unknown_Error from '@salesforce/label/c.JSR_Unknown_Error';
import JSR_Section_Error_Hint from '@salesforce/label/c.JSR_Section_Error_Hint';
import JSR_Reader_Gaps_Intro from '@salesforce/label/c.JSR_Reader_Gaps_Intro';
import JSR_Reader_Gaps_None from '@salesforce/label/c.JSR_Reader_Gaps_None';
import JSR_Permission from '@salesforce/label/c.JSR_Permission';
import JSR_Unlocks from '@salesforce/label/c.JSR_Unlocks';
import JSR_Installed from '@salesforce/label/c.JSR_Installed';
import JSR_Not_Installed from '@salesforce/label/c.JSR_Not_Installed';
import JSR_Install_Unknown from '@salesforce/label/c.JSR_Install_Unknown';
import JSR_Kind_Connected_App from '@salesforce/label/c.JSR_Kind_Connected_App';
import JSR_Kind_External_Client_App from '@salesforce/label/c.JSR_Kind_External_Client_App';
import JSR_Permitted_Users from '@salesforce/label/c.JSR_Permitted_Users';
import JSR_Permitted_Admin_Approved from '@salesforce/label/c.JSR_Permitted_Admin_Approved';
import JSR_Permitted_Self_Authorize from '@salesforce/label/c.JSR_Permitted_Self_Authorize';
import JSR_Permitted_Unknown from '@salesforce/label/c.JSR_Permitted_Unknown';
import JSR_Permitted_Not_Installed from '@salesforce/label/c.JSR_Permitted_Not_Installed';
import JSR_Who_Can_Connect from '@salesforce/label/c.JSR_Who_Can_Connect';
import JSR_Refresh_Token_Policy from '@salesforce/label/c.JSR_Refresh_Token_Policy';
import JSR_Reconnect_Cadence from '@salesforce/label/c.JSR_Reconnect_Cadence';
import JSR_Session_Policy from '@salesforce/label/c.JSR_Session_Policy';
import JSR_Grants_Heading from '@salesforce/label/c.JSR_Grants_Heading';
import JSR_Grants_None from '@salesforce/label/c.JSR_Grants_None';
import JSR_Grants_Unknown from '@salesforce/label/c.JSR_Grants_Unknown';
import JSR_Grants_Truncated from '@salesforce/label/c.JSR_Grants_Truncated';
import JSR_Col_Type from '@salesforce/label/c.JSR_Col_Type';
import JSR_Col_Name from '@salesforce/label/c.JSR_Col_Name';
import JSR_Col_Api_Name from '@salesforce/label/c.JSR_Col_Api_Name';
import JSR_Col_Active_Assignees from '@salesforce/label/c.JSR_Col_Active_Assignees';
import JSR_Col_Expiring from '@salesforce/label/c.JSR_Col_Expiring';
import JSR_Col_Through from '@salesforce/label/c.JSR_Col_Through';
import JSR_Col_Notes from '@salesforce/label/c.JSR_Col_Notes';
import JSR_Col_Sample_Users from '@salesforce/label/c.JSR_Col_Sample_Users';
import JSR_Col_User from '@salesforce/label/c.JSR_Col_User';
import JSR_Col_Username from '@salesforce/label/c.JSR_Col_Username';
import JSR_Col_Last_Used from '@salesforce/label/c.JSR_Col_Last_Used';
import JSR_Col_Use_Count from '@salesforce/label/c.JSR_Col_Use_Count';
import JSR_Kind_Profile from '@salesforce/label/c.JSR_Kind_Profile';
import JSR_Kind_Permission_Set from '@salesforce/label/c.JSR_Kind_Permission_Set';
import JSR_Kind_Permission_Set_Group from '@salesforce/label/c.JSR_Kind_Permission_Set_Group';
import JSR_Via_Direct from '@salesforce/label/c.JSR_Via_Direct';
import JSR_Via_Group from '@salesforce/label/c.JSR_Via_Group';
import JSR_Authorizations_Heading from '@salesforce/label/c.JSR_Authorizations_Heading';
import JSR_Authorizations_Unknown from '@salesforce/label/c.JSR_Authorizations_Unknown';
import JSR_Authorizations_None from '@salesforce/label/c.JSR_Authorizations_None';
import JSR_Authorized_Users from '@salesforce/label/c.JSR_Authorized_Users';
import JSR_Tokens from '@salesforce/label/c.JSR_Tokens';
import JSR_Last_Used from '@salesforce/label/c.JSR_Last_Used';
import JSR_At_Least from '@salesforce/label/c.JSR_At_Least';
import JSR_Never from '@salesforce/label/c.JSR_Never';
import JSR_Used_But_Not_Installed from '@salesforce/label/c.JSR_Used_But_Not_Installed';
import JSR_Opens_New_Tab from '@salesforce/label/c.JSR_Opens_New_Tab';
import JSR_Apps_Empty from '@salesforce/label/c.JSR_Apps_Empty';
import JSR_App_Actions from '@salesforce/label/c.JSR_App_Actions';
import JSR_Ways_Empty from '@salesforce/label/c.JSR_Ways_Empty';
import JSR_Reason_Chain from '@salesforce/label/c.JSR_Reason_Chain';
import JSR_Findings_Empty from '@salesforce/label/c.JSR_Findings_Empty';
import JSR_Evidence from '@salesforce/label/c.JSR_Evidence';
import JSR_Remediation from '@salesforce/label/c.JSR_Remediation';
import JSR_Source from '@salesforce/label/c.JSR_Source';
import JSR_Effective_Since from '@salesforce/label/c.JSR_Effective_Since';
import JSR_Bypass_Empty from '@salesforce/label/c.JSR_Bypass_Empty';
import JSR_Holders_None from '@salesforce/label/c.JSR_Holders_None';
import JSR_Holders_Unknown from '@salesforce/label/c.JSR_Holders_Unknown';
import JSR_Total_Active_Assignees from '@salesforce/label/c.JSR_Total_Active_Assignees';
import JSR_Standard_System_Administrator from '@salesforce/label/c.JSR_Standard_System_Administrator';
import JSR_Session_Based from '@salesforce/label/c.JSR_Session_Based';
import JSR_Expires_On from '@salesforce/label/c.JSR_Expires_On';
import JSR_User_Search_Label from '@salesforce/label/c.JSR_User_Search_Label';
import JSR_User_Search_Placeholder from '@salesforce/label/c.JSR_User_Search_Placeholder';
import JSR_User_Search_Clear from '@salesforce/label/c.JSR_User_Search_Clear';
import JSR_User_Search_Too_Short from '@salesforce/label/c.JSR_User_Search_Too_Short';
import JSR_User_Searching from '@salesforce/label/c.JSR_User_Searching';
import JSR_User_Search_No_Results from '@salesforce/label/c.JSR_User_Search_No_Results';
import JSR_User_Search_Results from '@salesforce/label/c.JSR_User_Search_Results';
import JSR_User_Search_Error from '@salesforce/label/c.JSR_User_Search_Error';
import JSR_Inactive from '@salesforce/label/c.JSR_Inactive';
import JSR_User_Facts_Loading from '@salesforce/label/c.JSR_User_Facts_Loading';
import JSR_User_Facts_Error from '@salesforce/label/c.JSR_User_Facts_Error';
import JSR_User_Check_Intro from '@salesforce/label/c.JSR_User_Check_Intro';
import JSR_User_Result_For from '@salesforce/label/c.JSR_User_Result_For';
import JSR_Can_Connect_Yes from '@salesforce/label/c.JSR_Can_Connect_Yes';
import JSR_Can_Connect_No from '@salesforce/label/c.JSR_Can_Connect_No';
import JSR_Can_Connect_Unknown from '@salesforce/label/c.JSR_Can_Connect_Unknown';
import JSR_Unblock_Action from '@salesforce/label/c.JSR_Unblock_Action';
import JSR_User_Check_Needs_Snapshot from '@salesforce/label/c.JSR_User_Check_Needs_Snapshot';
import JSR_Sandbox_Checklist from '@salesforce/label/c.JSR_Sandbox_Checklist';
import JSR_Sandbox_Checklist_Empty from '@salesforce/label/c.JSR_Sandbox_Checklist_Empty';
import JSR_This_Org_Is_Sandbox from '@salesforce/label/c.JSR_This_Org_Is_Sandbox';
import JSR_This_Org_Is_Production from '@salesforce/label/c.JSR_This_Org_Is_Production';
import JSR_Decoder_Label from '@salesforce/label/c.JSR_Decoder_Label';
import JSR_Decoder_Help from '@salesforce/label/c.JSR_Decoder_Help';
import JSR_Decoder_Button from '@salesforce/label/c.JSR_Decoder_Button';
import JSR_Decoder_Empty from '@salesforce/label/c.JSR_Decoder_Empty';
import JSR_Decoder_Cause from '@salesforce/label/c.JSR_Decoder_Cause';
import JSR_Decoder_Fix from '@salesforce/label/c.JSR_Decoder_Fix';
import JSR_Decoder_Unknown from '@salesforce/label/c.JSR_Decoder_Unknown';
import JSR_Decoder_Known from '@salesforce/label/c.JSR_Decoder_Known';
import JSR_Decoder_Read from '@salesforce/label/c.JSR_Decoder_Read';
import JSR_Decoder_Error from '@salesforce/label/c.JSR_Decoder_Error';
import JSR_Decoder_Too_Long from '@salesforce/label/c.JSR_Decoder_Too_Long';
import JSR_Export_Intro from '@salesforce/label/c.JSR_Export_Intro';
import JSR_Export_Markdown from '@salesforce/label/c.JSR_Export_Markdown';
import JSR_Export_Csv_Heading from '@salesforce/label/c.JSR_Export_Csv_Heading';
import JSR_Export_Csv_Findings from '@salesforce/label/c.JSR_Export_Csv_Findings';
import JSR_Export_Csv_Apps from '@salesforce/label/c.JSR_Export_Csv_Apps';
import JSR_Export_Csv_Holders from '@salesforce/label/c.JSR_Export_Csv_Holders';
import JSR_Export_Csv_Authorizations from '@salesforce/label/c.JSR_Export_Csv_Authorizations';
import JSR_Export_Includes_User from '@salesforce/label/c.JSR_Export_Includes_User';
import JSR_Export_Error from '@salesforce/label/c.JSR_Export_Error';
import JSR_Pager_Previous from '@salesforce/label/c.JSR_Pager_Previous';
import JSR_Pager_Next from '@salesforce/label/c.JSR_Pager_Next';
import JSR_Pager_Range from '@salesforce/label/c.JSR_Pager_Range';
import JSR_Pager_Navigation from '@salesforce/label/c.JSR_Pager_Navigation';
import JSR_Verdict_Not_Applicable from '@salesforce/label/c.JSR_Verdict_Not_Applicable';
import JSR_Verdict_Not_Used from '@salesforce/label/c.JSR_Verdict_Not_Used';
import JSR_Severity_Recommendation from '@salesforce/label/c.JSR_Severity_Recommendation';
import JSR_Start_Here from '@salesforce/label/c.JSR_Start_Here';
import JSR_Section_Plan from '@salesforce/label/c.JSR_Section_Plan';
import JSR_Plan_Empty from '@salesforce/label/c.JSR_Plan_Empty';
import JSR_Usage_Label from '@salesforce/label/c.JSR_Usage_Label';
import JSR_Usage_Expected from '@salesforce/label/c.JSR_Usage_Expected';
import JSR_Usage_In_Use from '@salesforce/label/c.JSR_Usage_In_Use';
import JSR_Usage_Not_Used from '@salesforce/label/c.JSR_Usage_Not_Used';
import JSR_Usage_Not_Applicable from '@salesforce/label/c.JSR_Usage_Not_Applicable';
import JSR_Usage_Change from '@salesforce/label/c.JSR_Usage_Change';
import JSR_How_We_Know from '@salesforce/label/c.JSR_How_We_Know';
import JSR_Show_More from '@salesforce/label/c.JSR_Show_More';
import JSR_Show_Fewer from '@salesforce/label/c.JSR_Show_Fewer';
import JSR_Filter_Label from '@salesforce/label/c.JSR_Filter_Label';
import JSR_Filter_All from '@salesforce/label/c.JSR_Filter_All';
import JSR_Filter_Errors from '@salesforce/label/c.JSR_Filter_Errors';
import JSR_Filter_Warnings from '@salesforce/label/c.JSR_Filter_Warnings';
import JSR_Filter_Recommendations from '@salesforce/label/c.JSR_Filter_Recommendations';
import JSR_Filter_Info from '@salesforce/label/c.JSR_Filter_Info';
import JSR_Findings_Not_Counted from '@salesforce/label/c.JSR_Findings_Not_Counted';
import JSR_Findings_Filtered_Empty from '@salesforce/label/c.JSR_Findings_Filtered_Empty';
import JSR_Why from '@salesforce/label/c.JSR_Why';
import JSR_What_To_Do from '@salesforce/label/c.JSR_What_To_Do';
import JSR_Can_Connect_Not_Applicable from '@salesforce/label/c.JSR_Can_Connect_Not_Applicable';
import JSR_Can_Connect_Not_Used from '@salesforce/label/c.JSR_Can_Connect_Not_Used';
import JSR_Sandbox_Options from '@salesforce/label/c.JSR_Sandbox_Options';
import JSR_Refresh_Effects from '@salesforce/label/c.JSR_Refresh_Effects';
import JSR_Export_Csv_Plan from '@salesforce/label/c.JSR_Export_Csv_Plan';
import JSR_Install_Here from '@salesforce/label/c.JSR_Install_Here';
import JSR_If_You_Use_It from '@salesforce/label/c.JSR_If_You_Use_It';
import JSR_Tab_Other_Apps from '@salesforce/label/c.JSR_Tab_Other_Apps';
import JSR_Section_Other_Apps from '@salesforce/label/c.JSR_Section_Other_Apps';
import JSR_Other_Apps_Intro from '@salesforce/label/c.JSR_Other_Apps_Intro';
import JSR_Activity_Loading from '@salesforce/label/c.JSR_Activity_Loading';
import JSR_Col_App from '@salesforce/label/c.JSR_Col_App';
import JSR_Col_Status from '@salesforce/label/c.JSR_Col_Status';
import JSR_Col_Users_With_Tokens from '@salesforce/label/c.JSR_Col_Users_With_Tokens';
import JSR_Col_Refused from '@salesforce/label/c.JSR_Col_Refused';
import JSR_Col_Failed_Sign_Ins from '@salesforce/label/c.JSR_Col_Failed_Sign_Ins';
import JSR_Col_Action from '@salesforce/label/c.JSR_Col_Action';
import JSR_Col_Day from '@salesforce/label/c.JSR_Col_Day';
import JSR_Col_All_Apps from '@salesforce/label/c.JSR_Col_All_Apps';
import JSR_Sort_By from '@salesforce/label/c.JSR_Sort_By';
import JSR_Up_To from '@salesforce/label/c.JSR_Up_To';
import JSR_Not_Read from '@salesforce/label/c.JSR_Not_Read';
import JSR_Other_Apps_Empty from '@salesforce/label/c.JSR_Other_Apps_Empty';
import JSR_Section_Sign_In_Trend from '@salesforce/label/c.JSR_Section_Sign_In_Trend';
import JSR_Trend_Show_Table from '@salesforce/label/c.JSR_Trend_Show_Table';
import JSR_Trend_Hide_Table from '@salesforce/label/c.JSR_Trend_Hide_Table';
import JSR_Trend_Table_Caption from '@salesforce/label/c.JSR_Trend_Table_Caption';
import JSR_Trend_Last_Week from '@salesforce/label/c.JSR_Trend_Last_Week';
import JSR_Trend_Partial from '@salesforce/label/c.JSR_Trend_Partial';
import JSR_Export_Snapshot from '@salesforce/label/c.JSR_Export_Snapshot';
import JSR_Export_Snapshot_Help from '@salesforce/label/c.JSR_Export_Snapshot_Help';
import JSR_Export_Csv_Other_Apps from '@salesforce/label/c.JSR_Export_Csv_Other_Apps';

import JSR_Tab_Sign_In_Blockers from '@salesforce/label/c.JSR_Tab_Sign_In_Blockers';
import JSR_Section_Sign_In_Blockers from '@salesforce/label/c.JSR_Section_Sign_In_Blockers';
import JSR_Frozen_Heading from '@salesforce/label/c.JSR_Frozen_Heading';
import JSR_Refusals_Heading from '@salesforce/label/c.JSR_Refusals_Heading';
import JSR_Col_Profile from '@salesforce/label/c.JSR_Col_Profile';
import JSR_Col_Connects from '@salesforce/label/c.JSR_Col_Connects';
import JSR_Col_App_Status from '@salesforce/label/c.JSR_Col_App_Status';
import JSR_Col_Likely_Cause from '@salesforce/label/c.JSR_Col_Likely_Cause';
import JSR_Col_Users from '@salesforce/label/c.JSR_Col_Users';
import JSR_Col_Attempts from '@salesforce/label/c.JSR_Col_Attempts';
import JSR_Profile_Unknown from '@salesforce/label/c.JSR_Profile_Unknown';
import JSR_Sign_In_Blockers_Manual from '@salesforce/label/c.JSR_Sign_In_Blockers_Manual';
import JSR_Sources_Differ from '@salesforce/label/c.JSR_Sources_Differ';
export const LABELS = {
    appTitle: JSR_App_Title,
    refresh: JSR_Refresh,
    reading: JSR_Reading,
    loadErrorTitle: JSR_Load_Error_Title,
    engineErrorTitle: JSR_Engine_Error_Title,
    showingPrevious: JSR_Showing_Previous,
    production: JSR_Production,
    sandbox: JSR_Sandbox,
    orgTypeUnknown: JSR_Org_Type_Unknown,
    orgNameUnknown: JSR_Org_Name_Unknown,
    overallStatus: JSR_Overall_Status,
    dataRead: JSR_Data_Read,
    myDomain: JSR_My_Domain,
    verdictReady: JSR_Verdict_Ready,
    verdictActionNeeded: JSR_Verdict_Action_Needed,
    verdictBlocked: JSR_Verdict_Blocked,
    verdictCannotDetermine: JSR_Verdict_Cannot_Determine,
    severityError: JSR_Severity_Error,
    severityWarning: JSR_Severity_Warning,
    severityInfo: JSR_Severity_Info,
    answerYes: JSR_Answer_Yes,
    answerNo: JSR_Answer_No,
    answerUnknown: JSR_Answer_Unknown,
    answerNotApplicable: JSR_Answer_Not_Applicable,
    tabOverview: JSR_Tab_Overview,
    tabFindings: JSR_Tab_Findings,
    tabApps: JSR_Tab_Apps,
    tabBypass: JSR_Tab_Bypass,
    tabUserCheck: JSR_Tab_User_Check,
    tabSandbox: JSR_Tab_Sandbox,
    tabDecoder: JSR_Tab_Decoder,
    tabExport: JSR_Tab_Export,
    sectionWays: JSR_Section_Ways,
    sectionFindings: JSR_Section_Findings,
    sectionApps: JSR_Section_Apps,
    sectionBypass: JSR_Section_Bypass,
    sectionUserCheck: JSR_Section_User_Check,
    sectionSandbox: JSR_Section_Sandbox,
    sectionDecoder: JSR_Section_Decoder,
    sectionExport: JSR_Section_Export,
    sectionReaderGaps: JSR_Section_Reader_Gaps,
    sectionLoading: JSR_Section_Loading,
    sectionUnavailable: JSR_Section_Unavailable,
    sectionErrorTitle: JSR_Section_Error_Title,
    unknownError: JSR_Unknown_Error,
    sectionErrorHint: JSR_Section_Error_Hint,
    readerGapsIntro: JSR_Reader_Gaps_Intro,
    readerGapsNone: JSR_Reader_Gaps_None,
    permission: JSR_Permission,
    unlocks: JSR_Unlocks,
    installed: JSR_Installed,
    notInstalled: JSR_Not_Installed,
    installUnknown: JSR_Install_Unknown,
    kindConnectedApp: JSR_Kind_Connected_App,
    kindExternalClientApp: JSR_Kind_External_Client_App,
    permittedUsers: JSR_Permitted_Users,
    permittedAdminApproved: JSR_Permitted_Admin_Approved,
    permittedSelfAuthorize: JSR_Permitted_Self_Authorize,
    permittedUnknown: JSR_Permitted_Unknown,
    permittedNotInstalled: JSR_Permitted_Not_Installed,
    whoCanConnect: JSR_Who_Can_Connect,
    refreshTokenPolicy: JSR_Refresh_Token_Policy,
    reconnectCadence: JSR_Reconnect_Cadence,
    sessionPolicy: JSR_Session_Policy,
    grantsHeading: JSR_Grants_Heading,
    grantsNone: JSR_Grants_None,
    grantsUnknown: JSR_Grants_Unknown,
    grantsTruncated: JSR_Grants_Truncated,
    colType: JSR_Col_Type,
    colName: JSR_Col_Name,
    colApiName: JSR_Col_Api_Name,
    colActiveAssignees: JSR_Col_Active_Assignees,
    colExpiring: JSR_Col_Expiring,
    colThrough: JSR_Col_Through,
    colNotes: JSR_Col_Notes,
    colSampleUsers: JSR_Col_Sample_Users,
    colUser: JSR_Col_User,
    colUsername: JSR_Col_Username,
    colLastUsed: JSR_Col_Last_Used,
    colUseCount: JSR_Col_Use_Count,
    kindProfile: JSR_Kind_Profile,
    kindPermissionSet: JSR_Kind_Permission_Set,
    kindPermissionSetGroup: JSR_Kind_Permission_Set_Group,
    viaDirect: JSR_Via_Direct,
    viaGroup: JSR_Via_Group,
    authorizationsHeading: JSR_Authorizations_Heading,
    authorizationsUnknown: JSR_Authorizations_Unknown,
    authorizationsNone: JSR_Authorizations_None,
    authorizedUsers: JSR_Authorized_Users,
    tokens: JSR_Tokens,
    lastUsed: JSR_Last_Used,
    atLeast: JSR_At_Least,
    never: JSR_Never,
    usedButNotInstalled: JSR_Used_But_Not_Installed,
    opensNewTab: JSR_Opens_New_Tab,
    appsEmpty: JSR_Apps_Empty,
    appActions: JSR_App_Actions,
    waysEmpty: JSR_Ways_Empty,
    reasonChain: JSR_Reason_Chain,
    findingsEmpty: JSR_Findings_Empty,
    evidence: JSR_Evidence,
    remediation: JSR_Remediation,
    source: JSR_Source,
    effectiveSince: JSR_Effective_Since,
    bypassEmpty: JSR_Bypass_Empty,
    holdersNone: JSR_Holders_None,
    holdersUnknown: JSR_Holders_Unknown,
    totalActiveAssignees: JSR_Total_Active_Assignees,
    standardSysAdmin: JSR_Standard_System_Administrator,
    sessionBased: JSR_Session_Based,
    expiresOn: JSR_Expires_On,
    userSearchLabel: JSR_User_Search_Label,
    userSearchPlaceholder: JSR_User_Search_Placeholder,
    userSearchClear: JSR_User_Search_Clear,
    userSearchTooShort: JSR_User_Search_Too_Short,
    userSearching: JSR_User_Searching,
    userSearchNoResults: JSR_User_Search_No_Results,
    userSearchResults: JSR_User_Search_Results,
    userSearchError: JSR_User_Search_Error,
    inactive: JSR_Inactive,
    userFactsLoading: JSR_User_Facts_Loading,
    userFactsError: JSR_User_Facts_Error,
    userCheckIntro: JSR_User_Check_Intro,
    userResultFor: JSR_User_Result_For,
    canConnectYes: JSR_Can_Connect_Yes,
    canConnectNo: JSR_Can_Connect_No,
    canConnectUnknown: JSR_Can_Connect_Unknown,
    unblockAction: JSR_Unblock_Action,
    userCheckNeedsSnapshot: JSR_User_Check_Needs_Snapshot,
    sandboxChecklist: JSR_Sandbox_Checklist,
    sandboxChecklistEmpty: JSR_Sandbox_Checklist_Empty,
    thisOrgIsSandbox: JSR_This_Org_Is_Sandbox,
    thisOrgIsProduction: JSR_This_Org_Is_Production,
    decoderLabel: JSR_Decoder_Label,
    decoderHelp: JSR_Decoder_Help,
    decoderButton: JSR_Decoder_Button,
    decoderEmpty: JSR_Decoder_Empty,
    decoderCause: JSR_Decoder_Cause,
    decoderFix: JSR_Decoder_Fix,
    decoderUnknown: JSR_Decoder_Unknown,
    decoderKnown: JSR_Decoder_Known,
    decoderRead: JSR_Decoder_Read,
    decoderError: JSR_Decoder_Error,
    decoderTooLong: JSR_Decoder_Too_Long,
    exportIntro: JSR_Export_Intro,
    exportMarkdown: JSR_Export_Markdown,
    exportCsvHeading: JSR_Export_Csv_Heading,
    exportCsvFindings: JSR_Export_Csv_Findings,
    exportCsvApps: JSR_Export_Csv_Apps,
    exportCsvHolders: JSR_Export_Csv_Holders,
    exportCsvAuthorizations: JSR_Export_Csv_Authorizations,
    exportIncludesUser: JSR_Export_Includes_User,
    exportError: JSR_Export_Error,
    pagerPrevious: JSR_Pager_Previous,
    pagerNext: JSR_Pager_Next,
    pagerRange: JSR_Pager_Range,
    pagerNavigation: JSR_Pager_Navigation,
    verdictNotApplicable: JSR_Verdict_Not_Applicable,
    verdictNotUsed: JSR_Verdict_Not_Used,
    severityRecommendation: JSR_Severity_Recommendation,
    startHere: JSR_Start_Here,
    sectionPlan: JSR_Section_Plan,
    planEmpty: JSR_Plan_Empty,
    usageLabel: JSR_Usage_Label,
    usageExpected: JSR_Usage_Expected,
    usageInUse: JSR_Usage_In_Use,
    usageNotUsed: JSR_Usage_Not_Used,
    usageNotApplicable: JSR_Usage_Not_Applicable,
    usageChange: JSR_Usage_Change,
    howWeKnow: JSR_How_We_Know,
    showMore: JSR_Show_More,
    showFewer: JSR_Show_Fewer,
    filterLabel: JSR_Filter_Label,
    filterAll: JSR_Filter_All,
    filterErrors: JSR_Filter_Errors,
    filterWarnings: JSR_Filter_Warnings,
    filterRecommendations: JSR_Filter_Recommendations,
    filterInfo: JSR_Filter_Info,
    findingsNotCounted: JSR_Findings_Not_Counted,
    findingsFilteredEmpty: JSR_Findings_Filtered_Empty,
    why: JSR_Why,
    whatToDo: JSR_What_To_Do,
    canConnectNotApplicable: JSR_Can_Connect_Not_Applicable,
    canConnectNotUsed: JSR_Can_Connect_Not_Used,
    sandboxOptions: JSR_Sandbox_Options,
    refreshEffects: JSR_Refresh_Effects,
    exportCsvPlan: JSR_Export_Csv_Plan,
    installHere: JSR_Install_Here,
    ifYouUseIt: JSR_If_You_Use_It,
    tabSignInBlockers: JSR_Tab_Sign_In_Blockers,
    sectionSignInBlockers: JSR_Section_Sign_In_Blockers,
    frozenHeading: JSR_Frozen_Heading,
    refusalsHeading: JSR_Refusals_Heading,
    colProfile: JSR_Col_Profile,
    colConnects: JSR_Col_Connects,
    colApp: JSR_Col_App,
    colStatus: JSR_Col_Status,
    colLikelyCause: JSR_Col_Likely_Cause,
    colUsers: JSR_Col_Users,
    colAttempts: JSR_Col_Attempts,
    profileUnknown: JSR_Profile_Unknown,
    signInBlockersManual: JSR_Sign_In_Blockers_Manual,
    sourcesDiffer: JSR_Sources_Differ,
    otherAppsTab: JSR_Tab_Other_Apps,
    sectionOtherApps: JSR_Section_Other_Apps,
    otherAppsIntro: JSR_Other_Apps_Intro,
    activityLoading: JSR_Activity_Loading,
    colAppStatus: JSR_Col_App_Status,
    colUsersWithTokens: JSR_Col_Users_With_Tokens,
    colRefused: JSR_Col_Refused,
    colFailedSignIns: JSR_Col_Failed_Sign_Ins,
    colAction: JSR_Col_Action,
    colDay: JSR_Col_Day,
    colAllApps: JSR_Col_All_Apps,
    sortBy: JSR_Sort_By,
    upTo: JSR_Up_To,
    notRead: JSR_Not_Read,
    otherAppsEmpty: JSR_Other_Apps_Empty,
    sectionSignInTrend: JSR_Section_Sign_In_Trend,
    trendShowTable: JSR_Trend_Show_Table,
    trendHideTable: JSR_Trend_Hide_Table,
    trendTableCaption: JSR_Trend_Table_Caption,
    trendLastWeek: JSR_Trend_Last_Week,
    trendPartial: JSR_Trend_Partial,
    exportSnapshot: JSR_Export_Snapshot,
    exportSnapshotHelp: JSR_Export_Snapshot_Help,
    exportCsvOtherApps: JSR_Export_Csv_Other_Apps
} as const;

export type LabelKey = keyof typeof LABELS;
