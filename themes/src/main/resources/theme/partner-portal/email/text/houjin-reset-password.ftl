<#ftl output_format="plainText">
${msg("houjinResetLead", corporateId, userId)}

${link}

${msg("houjinResetExpiry", msg("houjinDuration_" + lifespan.unit, lifespan.amount))}

${msg("houjinResetIgnore")}
