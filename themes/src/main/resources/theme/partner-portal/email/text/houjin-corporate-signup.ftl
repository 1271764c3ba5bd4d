<#ftl output_format="plainText">
${msg("houjinCorporateSignupLead", corporationName)}

${link}

${msg("houjinCorporateSignupIds", corporateId, userId)}

${msg("houjinCorporateSignupExpiry", hours)}

${msg("houjinCorporateSignupIgnore")}
