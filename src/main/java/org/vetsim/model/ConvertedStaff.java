package org.vetsim.model;

import java.util.Arrays;

/**
 * An employer's adult staff converted into apprentices ({@link StaffConversion}): the month each
 * one's apprenticeship ends, and how many of its adult staff hold a certificate from a conversion.
 * Adults are counts, not agents, so these are counts within the employer's adult staff: the
 * converted keep their posts and count as staff throughout.
 */
final class ConvertedStaff {
    private int[] ends = new int[4];
    private int size;
    private int certified;

    /** Converted adults still in training. */
    int inTraining() {
        return size;
    }

    /** Converted adults whose training goes on after {@code month}. */
    int continuing(int month) {
        int count = 0;
        for (int k = 0; k < size; k++) {
            count += ends[k] > month ? 1 : 0;
        }
        return count;
    }

    /** Adult staff certified by a conversion and still employed here. */
    int certified() {
        return certified;
    }

    /** One adult starts an apprenticeship that ends in {@code endMonth}. */
    void start(int endMonth) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, 2 * size);
        }
        ends[size++] = endMonth;
    }

    /** The month the training of trainee {@code k} ends. */
    int end(int k) {
        return ends[k];
    }

    /** Trainee {@code k} leaves training (completed, dropped out or left the employer); the last takes its place. */
    void remove(int k) {
        size--;
        ends[k] = ends[size];
    }

    /** A trainee who completed holds the certificate now. */
    void certify() {
        certified++;
    }

    /** A certified adult left the employer. */
    void certifiedLeft() {
        certified--;
    }
}
