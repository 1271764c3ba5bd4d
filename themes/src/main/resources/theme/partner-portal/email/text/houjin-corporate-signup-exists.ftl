<#ftl output_format="plainText">
${msg("houjinCorporateSignupExistsLead", corporateId)}

${msg("houjinCorporateSignupExistsAction")}

${msg("houjinCorporateSignupExistsIgnore")}
