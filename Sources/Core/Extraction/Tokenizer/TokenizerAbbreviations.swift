/// Abbreviations whose full stop belongs to the word and does not end a sentence. Case matters:
/// `No.` is listed, `no.` is not. Initials (`W.`) and dotted acronyms (`U.S.`) need no entry.
enum TokenizerAbbreviations {
    static let all: Set<String> = [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Hon", "St", "Sr", "Jr", "Gen", "Gov", "Sen",
        "Rep", "Col", "Lt", "Sgt", "Capt", "Maj", "Cmdr", "Adm", "Cpl", "Pte", "Pres", "Supt",
        // Companies and addresses.
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Mt", "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ",
        // Months and weekdays.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Other.
        "No", "Nos", "vs", "etc", "approx", "est", "fig", "cf", "al", "ca",
    ]
}
