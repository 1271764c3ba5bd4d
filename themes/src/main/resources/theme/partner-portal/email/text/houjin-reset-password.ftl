<#ftl output_format="plainText">
${msg("houjinResetLead", corporateId, userId)}

${link}

${msg("houjinResetExpiry", minutes)}

${msg("houjinResetIgnore")}
