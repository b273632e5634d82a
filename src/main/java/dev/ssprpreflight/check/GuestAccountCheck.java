package dev.ssprpreflight.check;

/** A guest's password belongs to their home organisation, which is where they reset it. */
final class GuestAccountCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.GUEST_ACCOUNT;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return context.user().isGuest();
    }

    @Override
    public boolean appliesToGuests() {
        return true;
    }
}
