package kz.kuzet.incident;

import java.util.List;

/** The first groups of the new-detections queue, most urgent first, and how many there are in all. */
public record DetectionQueue(List<DetectionGroup> groups, int totalGroups, int totalDetections) {
}
