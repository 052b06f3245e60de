"""Windows, pages, dialogs and delegates: everything the user sees and touches."""
