<#ftl output_format="plainText">
${msg("houjinAdminRecoveryLead", corporateId, userId)}

${link}

${msg("houjinAdminRecoveryExpiry", hours)}

${msg("houjinAdminRecoveryIgnore")}
