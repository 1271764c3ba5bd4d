<#ftl output_format="plainText">
${msg("houjinLinkRequestLead", corporationName)}

${msg("houjinLinkRequestWho", individualName, individualEmail, time)}

${msg("houjinLinkRequestAction")}
${link}

${msg("houjinLinkRequestIgnore")}
