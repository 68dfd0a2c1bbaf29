"""Chart labels are placed so that none covers another, whatever the labels."""
from hypothesis import given, settings, strategies as st

from app import placement
from app.placement import Label, place


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


labels = st.lists(st.builds(
    Label, x=st.floats(0, 1), y=st.floats(0, 200), text=st.text(min_size=1, max_size=24),
    anchor=st.sampled_from(["center", "left", "right"])), max_size=10)


@settings(max_examples=200, deadline=None)
@given(labels)
def test_no_two_placed_labels_overlap_and_none_leaves_the_plot_sideways(items):
    placed = place(items)
    for i, a in enumerate(placed):
        assert a.box[0] >= -1e-9 or a.box[2] - a.box[0] > placement.PLOT_PX  # wider than the plot: nothing helps
        for b in placed[:i]:
            assert not _overlap(a.box, b.box)


def test_labels_far_apart_stay_on_the_first_line():
    placed = place([Label(0.1, 50, "Jan–Nov 2020"), Label(0.9, 50, "Jan–Nov 2021")])
    assert [p.shift for p in placed] == [placement.FIRST_SHIFT_PX] * 2


def test_labels_that_would_touch_go_up_a_line():
    placed = place([Label(0.45, 50, "Jan–Nov 2020"), Label(0.55, 50, "Jan–Nov 2021")])
    assert placed[1].shift == placed[0].shift + placement.LINE_PX


def test_a_label_that_fits_but_sticks_out_at_every_anchor_is_moved_inside():
    """24 characters at a third of the width: too long to start there, too long to end there, and 0.1 px out when
    centred; it is shifted sideways into the plot."""
    [spot] = place([Label(0.333984375, 0.0, "0" * 24, "center")])
    assert spot.box[0] >= 0 and spot.box[2] <= placement.PLOT_PX and spot.xshift > 0
