"""Work on a thread beside the window: the window's objects are set aside from the cycle
collector while jobs run (its full passes hold the interpreter that the window needs), and
handed back when the last job ends."""

import gc

from wizard.ui.background import Job


def test_the_window_s_objects_are_set_aside_from_the_collector_while_jobs_run(qtbot):
    assert gc.get_freeze_count() == 0
    seen: list[int] = []
    first = Job(lambda progress, cancelled: seen.append(gc.get_freeze_count()))
    second = Job(lambda progress, cancelled: cancelled())
    with qtbot.waitSignals([first.done, second.done]):
        first.start()
        second.start()
    assert seen and seen[0] > 0  # what existed when the first job started
    assert gc.get_freeze_count() == 0  # handed back once both ended


def test_a_failed_job_hands_the_objects_back_too(qtbot):
    def work(progress, cancelled):
        raise OSError("the disc was taken out")

    job = Job(work)
    with qtbot.waitSignal(job.failed):
        job.start()
    assert job.finished and gc.get_freeze_count() == 0


def test_a_cancelled_job_stops_at_its_next_check(qtbot):
    checks: list[bool] = []

    def work(progress, cancelled):
        while not cancelled():
            checks.append(True)
            if len(checks) == 3:
                job.cancel()
        return len(checks)

    job = Job(work)
    with qtbot.waitSignal(job.done) as done:
        job.start()
    assert done.args == [3] and job.cancelling
