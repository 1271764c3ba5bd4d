<#ftl output_format="plainText">
${msg("houjinAdminRequestLead", corporateId, userId)}

${link}

${msg("houjinAdminRecoveryExpiry", hours)}

${msg("houjinAdminRequestWaiting", waitingHours)}
