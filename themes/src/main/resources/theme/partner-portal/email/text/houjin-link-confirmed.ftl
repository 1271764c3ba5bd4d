<#ftl output_format="plainText">
${msg("houjinLinkConfirmedLead", corporationName, corporateId, userId)}

${msg("houjinLinkConfirmedWhen", time)}

${msg("houjinLinkConfirmedIgnore")}
